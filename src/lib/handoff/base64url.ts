/**
 * Base64url (RFC 4648 §5, no padding): bytes in a form that survives URLs, chat apps and
 * e-mail clients without percent-escaping. Written out because Uint8Array.toBase64 is not yet
 * in every browser the site supports.
 */

const CHUNK = 0x8000; // String.fromCharCode(...bytes) overflows the call stack on large arrays

export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes, or null when `text` is not base64url (wrong characters, impossible length). */
export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  // A length of 4n+1 cannot come from any byte string.
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  let binary: string;
  try {
    binary = atob(
      text
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(text.length / 4) * 4, '='),
    );
  } catch {
    return null;
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
