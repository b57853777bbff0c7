/**
 * The site's own `client:` directives: `client:after-first-results`, with which the search
 * page's island hydrates only once the page has drawn its first results itself
 * (islands/after-first-results.ts), and `client:after-first-screen`, the same for the
 * learners page's cards (islands/after-first-screen.ts). Astro inlines a directive's code
 * in the pages that use it, and hashes it into their Content Security Policy like its own
 * directives.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const afterFirstResults = 'after-first-results';
export const afterFirstScreen = 'after-first-screen';

/** Directives whose island waits for the page's own first drawing: their code is not preloaded (module-preload.ts). */
export const drawnFirst = [afterFirstResults, afterFirstScreen];

export function clientDirectives(): AstroIntegration {
  return {
    name: 'zdravei-client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        for (const name of drawnFirst) {
          addClientDirective({ name, entrypoint: fileURLToPath(new URL(`../islands/${name}.ts`, import.meta.url)) });
        }
      },
    },
  };
}
