/**
 * Text a person pasted or selected (from an SMS, Signal, WhatsApp, a document) → the link to
 * judge, or "not a link". Links arrive without a scheme ("zoom.us/j/123", "meet.jit.si/Room"):
 * host-like text is judged as https://. Text with a scheme is left exactly as it is, so
 * "mailto:", "javascript:" and app links never become https. Pure and total: never throws.
 * Used by the popup's check field (and so the context menu, which opens it) and the CLI.
 */
import { MAX_URL_LENGTH } from './recognise';

export type PastedLink = { kind: 'link'; url: string } | { kind: 'not-a-link'; text: string };

/** "scheme:" then something, no whitespace (RFC 3986 scheme letters). */
const WITH_SCHEME = /^([a-z][a-z0-9+.-]*):(\S+)$/i;

/** "zoom.us:443/j/1": what follows the first colon is a port, so the text starts with a host. */
const PORT_AFTER_COLON = /^\d{1,5}(?:[/?#]|$)/;

/**
 * Schemes without "//" that are links all the same, besides the platforms' own app schemes
 * (`appSchemes`: "tg:", "matrix:", "tsdevice:" ...). Any "scheme://" is a link; other
 * "word:word" text ("hello:world", "note:") is not.
 */
const OPAQUE_SCHEMES = new Set([
  'http',
  'https',
  'ftp',
  'mailto',
  'tel',
  'sms',
  'javascript',
  'vbscript',
  'data',
  'blob',
  'about',
  'urn',
  'magnet',
  'geo',
  'news',
  'xmpp',
  'sip',
  'sips',
  'callto',
  'skype',
  'facetime',
  'facetime-audio',
  'bitcoin',
  'im',
]);

/** A host name label: ASCII letters, digits and hyphens, or any letters and marks (an IDN label). */
const LABEL = String.raw`[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?`;
/** A top-level label that looks real: letters only (ASCII or not), or an A-label ("xn--p1ai"). */
const TOP_LABEL = String.raw`(?:\p{L}[\p{L}\p{M}]{1,62}|xn--[a-z0-9-]{1,59})`;
const IPV4 = String.raw`(?:\d{1,3}\.){3}\d{1,3}`;

/**
 * Scheme-less host-like text: optional user info before "@", a dotted host with a real-looking
 * top label (or an IPv4 address), an optional trailing dot and port, then the end or / ? #.
 * Full stops other than "." (the ideographic and full-width ones) are left to the URL parser.
 */
const HOST_LIKE = new RegExp(String.raw`^(?:[^\s/?#@:]+@)?(?:(?:${LABEL}\.)+${TOP_LABEL}|${IPV4})\.?(?::\d{1,5})?(?:[/?#]\S*)?$`, 'iu');

/**
 * "http://" or "https://" (lowercase) and something after it, every character printable ASCII
 * other than a space: a link as it is, with nothing to trim. Decided without a regular expression.
 */
function isPlainWebLink(text: string): boolean {
  const from = text.startsWith('https://') ? 8 : text.startsWith('http://') ? 7 : 0;
  if (from === 0 || text.length === from) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return true;
}

function parses(url: string): boolean {
  try {
    return new URL(url).hostname !== '';
  } catch {
    return false;
  }
}

/** `appSchemes`: the catalogue's app URL schemes (the compiled index's `schemes` map will do). */
export function pastedLink(input: unknown, appSchemes: { has(scheme: string): boolean } = new Set<string>()): PastedLink {
  if (typeof input !== 'string') return { kind: 'not-a-link', text: '' };
  const plain = isPlainWebLink(input);
  const text = plain ? input : input.trim();
  if (text.length === 0 || text.length > MAX_URL_LENGTH) return { kind: 'not-a-link', text: text.slice(0, 200) };
  // Most lines a script pipes through the CLI: what WITH_SCHEME below reads as a "//" link.
  if (plain) return { kind: 'link', url: text };
  const scheme = WITH_SCHEME.exec(text);
  if (scheme && !PORT_AFTER_COLON.test(scheme[2]!)) {
    // Left exactly as it is: "mailto:", "javascript:", app links are judged as what they are.
    const name = scheme[1]!.toLowerCase();
    const link = scheme[2]!.startsWith('//') || OPAQUE_SCHEMES.has(name) || appSchemes.has(name);
    return link ? { kind: 'link', url: text } : { kind: 'not-a-link', text };
  }
  if (HOST_LIKE.test(text)) {
    const url = `https://${text}`;
    return parses(url) ? { kind: 'link', url } : { kind: 'not-a-link', text };
  }
  // "//zoom.us/j/1", as some apps copy it.
  if (text.startsWith('//') && HOST_LIKE.test(text.slice(2))) {
    const url = `https:${text}`;
    return parses(url) ? { kind: 'link', url } : { kind: 'not-a-link', text };
  }
  return { kind: 'not-a-link', text };
}
