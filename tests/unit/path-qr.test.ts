import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrDrawing, quietZone } from '../../src/lib/paths/qr';

/** The dark modules a drawing's path fills, as "x,y" of the code without its quiet zone. */
function darkModules(d: string): Set<string> {
  return new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[1]) - quietZone},${Number(m[2]) - quietZone}`));
}

describe('the QR code of a path link', () => {
  const link = 'http://127.0.0.1:4321/en/path/#path=v1.WyJUdWVzZGF5IiwiIiwiIiwiTGNvbG91cnMiXQ';

  it('fills exactly the dark modules of the code, inside a quiet zone of 4', () => {
    const { data } = encode(link, { ecc: 'M', border: 0 });
    const drawing = qrDrawing(link);
    expect(drawing.size).toBe(data.length + 8);
    const expected = new Set(data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))));
    expect(darkModules(drawing.d)).toEqual(expected);
  });

  it('has the three finder squares a phone looks for', () => {
    const dark = darkModules(qrDrawing(link).d);
    const side = qrDrawing(link).size - 2 * quietZone;
    for (const [x0, y0] of [
      [0, 0],
      [side - 7, 0],
      [0, side - 7],
    ] as const) {
      // The finder's outer ring is dark, the ring inside it light, the 3×3 centre dark.
      expect(dark.has(`${x0},${y0}`)).toBe(true);
      expect(dark.has(`${x0 + 1},${y0 + 1}`)).toBe(false);
      expect(dark.has(`${x0 + 3},${y0 + 3}`)).toBe(true);
    }
  });

  it('grows with the text: a longer link needs a larger code', () => {
    expect(qrDrawing(`${link}${'A'.repeat(300)}`).size).toBeGreaterThan(qrDrawing(link).size);
  });
});
