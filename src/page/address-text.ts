/**
 * Whether a link's visible text claims to be an address ("https://zoom.us/j/1", "zoom.us/j/1",
 * "meet.google.com"), for the mismatch rule. The same shape the background accepts
 * (src/background/link-text.ts), so the page sends exactly the texts the background can use.
 */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^\s/@]+\.[a-z]{2,}(?:[:/?#]\S*)?$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The background refuses longer texts. */
export const MAX_TEXT_LENGTH = 2048;

/** The trimmed text when it looks like an address, else "". */
export function addressInText(text: string): string {
  // Most link texts are words: no dot, no address (and no trim, no regular expression).
  if (text.length > MAX_TEXT_LENGTH * 2 || !text.includes('.')) return '';
  const t = text.trim();
  return t.length <= MAX_TEXT_LENGTH && ADDRESS.test(t) ? t : '';
}

/** The lowercase host an address text names ("HTTPS://Zoom.us:443/j/1" → "zoom.us"). */
export function hostOfAddressText(address: string): string {
  const rest = address.replace(SCHEME, '');
  const end = rest.search(/[:/?#]/);
  return (end < 0 ? rest : rest.slice(0, end)).toLowerCase().replace(/\.+$/, '');
}
