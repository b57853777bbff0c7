// @ts-check
import { defineConfig } from 'astro/config';
import { env } from 'node:process';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defaultLocale, locales } from './src/lib/i18n/locales.ts';
import { serviceWorker } from './src/sw/integration.ts';
import { clientChunks } from './src/build/client-chunks.ts';
import { clientMinify } from './src/build/client-minify.ts';
import { modulePreloads } from './src/build/module-preload.ts';
import { clientDirectives } from './src/build/client-directives.ts';

/**
 * Astro 5's dev server wants a trailing slash on file endpoints with a parameter
 * (/search/[locale].json, /pictures/[code].svg, /[locale]/words/[id].json) when
 * trailingSlash is 'always', so /search/en.json answered 404 under `npm run dev` while
 * the build writes search/en.json (withastro/astro#17001, fixed in Astro 6). In dev, a
 * request for such a file is passed on as the route expects it.
 * @returns {import('astro').AstroIntegration}
 */
function devFileEndpoints() {
  /** @type {RegExp[]} */
  let patterns = [];
  return {
    name: 'dev-file-endpoints',
    hooks: {
      'astro:routes:resolved': ({ routes }) => {
        patterns = routes.filter((route) => route.type === 'endpoint' && /\.\w+$/.test(route.pattern)).map((route) => route.patternRegex);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, _response, next) => {
          const [pathname = '', query] = (request.url ?? '').split('?');
          if (/\.\w+$/.test(pathname) && patterns.some((pattern) => pattern.test(`${pathname}/`))) {
            request.url = `${pathname}/${query === undefined ? '' : `?${query}`}`;
          }
          next();
        });
      },
    },
  };
}

export default defineConfig({
  // Replaced by the deployment's own address; used only for canonical links.
  site: 'https://zdravei.example',
  trailingSlash: 'always',
  // A build of another folder of lessons (ZDRAVEI_LESSONS_DIR, the build-time benchmark's
  // generated catalogues) keeps its content cache beside them: in node_modules/.astro it
  // would point the next ordinary build at lessons deleted since, and fail it.
  ...(env.ZDRAVEI_LESSONS_DIR ? { cacheDir: `${env.ZDRAVEI_LESSONS_DIR}.astro-cache` } : {}),
  // modulePreloads edits the built pages, so it runs before the service worker lists them.
  integrations: [mdx(), react(), clientDirectives(), devFileEndpoints(), modulePreloads(), serviceWorker()],
  i18n: {
    // The same list the pages, the word bank and the UI strings use.
    locales: [...locales],
    defaultLocale,
    // Every page lives under /<locale>/; the root page lets people choose.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // No image optimisation: pictures are OpenMoji SVGs, and sharp's native binary
  // is not needed to build.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  // No telemetry from the dev toolbar, and nothing that phones home.
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'auto' },
  experimental: {
    /**
     * A Content Security Policy on every page, as a <meta http-equiv> tag (the site is
     * static, so there are no headers to set). Astro writes script-src and style-src
     * itself: 'self' plus a hash of each inline script and style it emits (the island
     * loader, the hydration directives, small hoisted scripts, inlined stylesheets), so
     * any other inline script or `style=""` attribute is refused. Not active under
     * `npm run dev`; tests/e2e/csp.spec.ts checks the built site.
     */
    csp: {
      directives: [
        "default-src 'self'",
        // The site's own pictures (/pictures/) and icons; nothing from elsewhere.
        "img-src 'self'",
        // @fontsource files, bundled into /_astro/.
        "font-src 'self'",
        // The search index, word files and audio (howler's Web Audio mode fetches
        // whole files; a tutor's recording is a blob: URL it fetches the same way).
        "connect-src 'self' blob:",
        // Audio elements play files, blob: recordings, and howler's silent data: WAV,
        // which its HTML5 fallback sets when it lets go of an element.
        "media-src 'self' blob: data:",
        // The site's own service worker (/sw.js, src/sw/), which keeps it working offline.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [clientChunks(), clientMinify()],
    // `npm run bench:size` measures gzipped sizes against the budgets; the build need not.
    build: { reportCompressedSize: false },
    resolve: {
      // howler's core (Web Audio and HTML5 playback) without the spatial-audio plugin,
      // which the site does not use: 1.7 KB less gzipped JavaScript on every lesson.
      alias: [{ find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' }],
    },
  },
});
