/** Decoders for Proofpoint URL Defense rewrites (v2 and v3), after Proofpoint's published decoder. */

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** v2: the target is in `u`, with "-" standing for "%" and "_" for "/". */
export function decodeProofpointV2(u: string): string | null {
  return safeDecode(u.replace(/-/g, '%').replace(/_/g, '/'));
}

const RUN_LENGTH_CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function base64UrlToText(encoded: string): string | null {
  try {
    const b64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * v3: `https://urldefense.com/v3/__<url>__;<base64url>!...`. Characters Proofpoint removed from
 * <url> are replaced by "*" (one character) or "**X" (a run whose length X encodes), and the
 * removed characters follow, base64url-encoded, after "__;".
 */
export function decodeProofpointV3(href: string): string | null {
  const match = /\/v3\/__(.+?)__;([^!]*)!/.exec(href);
  if (!match) return null;
  const embedded = match[1]!;
  if (!embedded.includes('*')) return embedded;
  const removed = base64UrlToText(match[2]!);
  if (removed === null) return null;
  const chars = [...removed];
  let cursor = 0;
  let failed = false;
  const out = embedded.replace(/\*(\*.)?/g, (token) => {
    const length = token.length === 1 ? 1 : RUN_LENGTH_CODES.indexOf(token[2]!) + 2;
    if (length < 1 || cursor + length > chars.length) {
      failed = true;
      return '';
    }
    const run = chars.slice(cursor, cursor + length).join('');
    cursor += length;
    return run;
  });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set inside the replace callback, which TypeScript does not follow
  return failed ? null : out;
}
