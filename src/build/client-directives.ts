/**
 * The site's own `client:` directive: `client:after-first-results`, with which the search
 * page's island hydrates only once the page has drawn its first results itself
 * (islands/after-first-results.ts). Astro inlines a directive's code in the pages that use
 * it, and hashes it into their Content Security Policy like its own directives.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const afterFirstResults = 'after-first-results';

export function clientDirectives(): AstroIntegration {
  return {
    name: 'zdravei-client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: afterFirstResults,
          entrypoint: fileURLToPath(new URL('../islands/after-first-results.ts', import.meta.url)),
        });
      },
    },
  };
}
