/**
 * Salted PBKDF2 hashes (Web Crypto) for the tutor PIN and the children's picture
 * passwords. They keep children out of each other's places and out of tutor screens on
 * a shared computer; they are not security against an adult with developer tools.
 */
const iterations = 100_000;

function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export interface SecretHash {
  salt: string;
  hash: string;
}

async function derive(secret: string, salt: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return toHex(bits);
}

export async function hashSecret(secret: string): Promise<SecretHash> {
  const salt = crypto.getRandomValues(new Uint8Array(new ArrayBuffer(16)));
  return { salt: toHex(salt), hash: await derive(secret, salt) };
}

export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  return (await derive(secret, fromHex(stored.salt))) === stored.hash;
}

/** A picture password is three pictures in order; stored as their codes joined. */
export function picturePasswordSecret(pictures: readonly string[]): string {
  return pictures.join('|');
}
