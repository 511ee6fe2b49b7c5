/**
 * The host of a link's destination read straight from its href attribute, when the attribute is
 * already in the form the browser's URL parser would leave alone: most links are
 * ("https://www.example.org/story", "/notes/12"). Reading `a.href` instead costs a full URL
 * parse per link, the very floor the benchmark measures. Anything unusual (upper case, escapes,
 * whitespace, backslashes, user info, other schemes) gives null, and the caller asks the
 * browser: an attacker's odd spelling only makes us look harder, never less.
 */

/** Lowercase http(s), a host of lowercase letters, digits, dots and hyphens, an optional port. */
const PLAIN_ABSOLUTE = /^https?:\/\/([a-z0-9.-]+)(?::(\d{1,5}))?(?:[/?#]|$)/;
const MAX_PORT = 65_535;
/**
 * Hosts the parser rewrites or refuses: a last label it reads as a number makes an IPv4 address
 * ("99999" → "0.1.134.159"); punycode labels ("xn--") are checked, and may be invalid.
 */
const PARSER_REWRITES_HOST = /(?:^|\.)(?:\d+|0x[0-9a-f]*)\.?$|(?:^|\.)xn--/;
/** The URL parser strips or rewrites these anywhere in a URL. */
const REWRITTEN = /[\t\n\r\\]/;

export interface BaseParts {
  /** The document base's scheme ("https:"): relative links resolve against it. */
  protocol: string;
  host: string;
}

/** The host of an http(s) destination, or null when only the browser's parser can say. */
export function rawWebHost(raw: string, base: BaseParts): string | null {
  if (raw.length === 0 || raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32 || REWRITTEN.test(raw)) return null;
  const absolute = PLAIN_ABSOLUTE.exec(raw);
  if (absolute) {
    const host = absolute[1]!;
    return Number(absolute[2] ?? 0) <= MAX_PORT && !PARSER_REWRITES_HOST.test(host) ? host : null;
  }
  if (raw.startsWith('//')) return null;
  // Relative when no scheme comes first: no colon, or one only after the path, query or fragment began.
  const colon = raw.indexOf(':');
  if (colon >= 0) {
    const start = raw.search(/[/?#]/);
    if (start < 0 || start > colon) return null;
  }
  return base.protocol === 'https:' || base.protocol === 'http:' ? base.host : null;
}
