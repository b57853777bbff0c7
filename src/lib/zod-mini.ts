/**
 * zod's mini build (`zod/v4-mini`), set up for pages under the Content Security Policy,
 * which has no 'unsafe-eval': zod would otherwise try `new Function` once to compile
 * faster object parsers, and the browser reports that as a refused eval. The browser's
 * checks (stored records, backups, voice packs, path files and links) import z from
 * here, never from 'zod/v4-mini' itself, so that this runs before any schema is made.
 */
import * as z from 'zod/v4-mini';

z.config({ jitless: true });

export { z };
