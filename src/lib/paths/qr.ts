/**
 * A QR code of a text as one SVG path, drawn by the page itself (no image, no network):
 * uqr (unjs) makes the matrix, here it becomes a path of one-module squares, one `M…h1v1h-1z`
 * per dark module, in a viewBox of modules with a quiet zone around (the standard asks 4).
 */
import { encode } from 'uqr';

export interface QrDrawing {
  /** The side of the viewBox, in modules, quiet zone included. */
  size: number;
  /** The SVG path of the dark modules. */
  d: string;
}

/** Modules of white around the code, as ISO/IEC 18004 asks so phones find it. */
export const quietZone = 4;

/** The drawing of a text's QR code, error correction M (readable with 15 % of it damaged or glared). */
export function qrDrawing(text: string): QrDrawing {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x + quietZone} ${y + quietZone}h1v1h-1z`);
    }),
  );
  return { size: data.length + 2 * quietZone, d: parts.join('') };
}
