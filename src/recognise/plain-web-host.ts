/**
 * The recogniser's first read of a web URL, in one pass: where a plain host ends (lowercase
 * letters, digits and "-" in non-empty labels, the last starting with a letter), and, on the way,
 * the cheap first look of suspicious-prefilter.ts over the same characters. A URL that is not
 * this plain shape (capitals, "%", "@", "\", an odd port, a self-hosted platform's path right
 * after the host) gets -1 and the full parse.
 *
 * It reads the URL in place: no match array, no host slice, one pass instead of a regular
 * expression and a second loop. Tests compare it with the expression it replaced.
 */
import type { Prefilter } from './suspicious-prefilter';

/** Paths that send a URL to the full parse, with their first two characters marked for a cheap first test. */
export interface PathStarts {
  starts: readonly string[];
  /** (first character & 127) × 128 + (second & 127, or 0 at the URL's end), for each start. */
  firstTwo: Uint8Array;
}

export function compilePathStarts(starts: readonly string[]): PathStarts {
  const firstTwo = new Uint8Array(128 * 128);
  for (const start of starts) {
    // A start of one character ("/"): any second character, or none.
    if (start.length < 2) firstTwo.fill(1, (start.charCodeAt(0) & 127) * 128, (start.charCodeAt(0) & 127) * 128 + 128);
    else firstTwo[(start.charCodeAt(0) & 127) * 128 + (start.charCodeAt(1) & 127)] = 1;
  }
  return { starts, firstTwo };
}

/** Does `url` go on at `at` with one of `paths`? Most URLs differ from all of them in their first two characters. */
export function startsWithOneOf(paths: PathStarts, url: string, at: number): boolean {
  const second = at + 1 < url.length ? url.charCodeAt(at + 1) & 127 : 0;
  if (paths.firstTwo[(url.charCodeAt(at) & 127) * 128 + second] !== 1) return false;
  for (const path of paths.starts) if (url.startsWith(path, at)) return true;
  return false;
}

/** What the last scan saw besides the host's end (an object: module bindings cost a getter call each in some bundlers). */
export const plainHostScan = { maybeSuspicious: false };

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * The end of the plain host that starts at `from` ("https://" just before it), or -1. Sets
 * `plainHostScan.maybeSuspicious` as mayBeSuspicious(filter, host) would answer (or "maybe" more
 * often: a trailing dot is read too).
 * `notFollowedBy`: paths that, right after the host and port, send the URL to the full parse.
 */
export function scanPlainHost(url: string, from: number, filter: Prefilter, notFollowedBy: PathStarts): number {
  const n = url.length;
  const { chars, trigrams } = filter;
  let maybe = filter.always;
  let labelStart = from;
  let previousLabelStart = from;
  // The last three characters as one key3 key (suspicious-prefilter.ts); the first two keys also
  // hold zero bits for characters before the host, which no marked piece has (zero is "@").
  let key = 0;
  let i = from;
  for (; i < n; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x2e) {
      if (i === labelStart) return -1;
      previousLabelStart = labelStart;
      labelStart = i + 1;
    } else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d)) break;
    key = ((key << 6) | (c & 63)) & 0x3ffff;
    maybe = maybe || chars[c] === 1 || trigrams[key] === 1;
  }
  let end = i;
  // A dot at the end ("example.org./") ends the host and is not part of it.
  if (i === labelStart) {
    if (i === from) return -1;
    end = i - 1;
    labelStart = previousLabelStart;
  }
  const first = url.charCodeAt(labelStart);
  if (first < 0x61 || first > 0x7a) return -1;
  // An optional port of one to five digits, then the end of the URL, "/", "?" or "#".
  if (i < n && url.charCodeAt(i) === 0x3a) {
    const portStart = ++i;
    while (i < n && isDigit(url.charCodeAt(i))) i++;
    if (i === portStart || i - portStart > 5) return -1;
  }
  if (i < n) {
    const c = url.charCodeAt(i);
    if (c !== 0x2f && c !== 0x3f && c !== 0x23) return -1;
    if (startsWithOneOf(notFollowedBy, url, i)) return -1;
  }
  plainHostScan.maybeSuspicious = maybe || end - from < 3;
  return end;
}
