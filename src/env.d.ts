/** The site's own client directive (build/client-directives.ts), known to `astro check` in pages. */
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates once the page has drawn the first results of `?q=` itself (islands/after-first-results.ts). */
    'client:after-first-results'?: boolean;
    /** Hydrates once the page has drawn its first screen itself: the learners' cards (islands/after-first-screen.ts). */
    'client:after-first-screen'?: boolean;
  }
}

export {};
