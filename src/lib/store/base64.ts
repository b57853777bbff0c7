/**
 * Audio in JSON files (voice packs, backups with recordings): bytes as base64 and back.
 * btoa takes a string of bytes, built in slices, since spreading a whole recording into
 * one call overflows the stack.
 */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** How long the base64 of this many bytes is (padded), without making it. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}
