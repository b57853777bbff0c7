// The benchmark's yardstick: a bare Astro page with one React island, built in the same
// run as the site (npm run bench), so the site's timings can be read as ratios to it.
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({ integrations: [react()], devToolbar: { enabled: false } });
