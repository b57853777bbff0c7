// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defaultLocale, locales } from './src/lib/i18n/locales.ts';

export default defineConfig({
  // Replaced by the deployment's own address; used only for canonical links.
  site: 'https://zdravei.example',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
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
  vite: {
    resolve: {
      // howler's core (Web Audio and HTML5 playback) without the spatial-audio plugin,
      // which the site does not use: 1.7 KB less gzipped JavaScript on every lesson.
      alias: [{ find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' }],
    },
  },
});
