/**
 * Standard base64 (RFC 4648 §4, with padding) as sysdig `-b` prints buffers. Portable: no atob,
 * no Buffer.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/** The bytes of a base64 text, or null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let group = 0;
    for (let j = 0; j < 4; j++) {
      const c = text.charCodeAt(i + j);
      const isPad = c === 0x3d && i + j >= text.length - padding;
      const v = isPad ? 0 : c < 128 ? VALUES[c] : -1;
      if (v < 0) return null;
      group = (group << 6) | v;
    }
    if (o < out.length) out[o++] = (group >> 16) & 0xff;
    if (o < out.length) out[o++] = (group >> 8) & 0xff;
    if (o < out.length) out[o++] = group & 0xff;
  }
  return out;
}
