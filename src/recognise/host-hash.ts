/**
 * Integer hashes of the end of a host name, computed without slicing or allocating, so the
 * common "not a catalogue host" answer costs a small loop and one Set<number> look-up.
 * A hash hit is only a candidate: callers confirm with the exact strings.
 */

/**
 * Hashes are kept to 30 bits: V8 stores such integers unboxed (a "small integer"), where a full
 * 32-bit value would be a heap number allocated on every call and slower to look up in a Set.
 */
const SMALL = 0x3fffffff;

/** Hash of text[start, end), read from the end. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = end - 1; i >= start; i--) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & SMALL;
}

/** Hash of a whole string, equal to tailHash (or endHashes' label hashes) of the same characters inside a host. */
export function hashText(text: string): number {
  return hashRange(text, 0, text.length);
}

/** Hash of the last two labels ("zoom.us" in "us02web.zoom.us"), or of the host when it has fewer. */
export function tailHash(host: string): number {
  const last = host.lastIndexOf('.');
  const start = last < 0 ? 0 : host.lastIndexOf('.', last - 1) + 1;
  return hashRange(host, start, host.length);
}

/** The ASCII folding of confusables.ts (0→o, 1/i/|→l, 3→e, 5→s) by character code; pairs (rn, nn, rr → m; vv → w) are folded by the callers. */
const FOLD = new Uint8Array(128).map((_, c) => c);
FOLD[0x30] = 0x6f;
FOLD[0x31] = FOLD[0x69] = FOLD[0x7c] = 0x6c;
FOLD[0x33] = 0x65;
FOLD[0x35] = 0x73;
const foldCode = (c: number) => (c < 128 ? FOLD[c]! : c);

/**
 * Hash of the ASCII skeleton of text[start, end) (asciiSkeleton in confusables.ts), read from the
 * end: "micr0soft" and "rnicrosoft" hash like "mlcrosoft". Equal to hashText(asciiSkeleton(...)).
 */
function skeletonHashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = end - 1; i >= start; i--) {
    let c = text.charCodeAt(i);
    if (i > start) {
      const b = text.charCodeAt(i - 1);
      // rn, nn, rr → m; vv → w
      if ((c === 0x6e && (b === 0x72 || b === 0x6e)) || (c === 0x72 && b === 0x72) || (c === 0x76 && b === 0x76)) {
        c = c === 0x76 ? 0x77 : 0x6d;
        i--;
      }
    }
    h = Math.imul(h ^ foldCode(c), 0x01000193);
  }
  return h & SMALL;
}

/**
 * The tail hash and the hash of the label's ASCII skeleton of `host` in one backward pass (the hot
 * path of the recogniser). Returns the tail hash; leaves in `endHashesOf` the label hash, the
 * hash of the label just left of the last dot (they differ for "meet.jt.si", read as "meet" and
 * "jt"), the hash of the last label, and the skeleton hash of the two labels before the last dot
 * read as one ("we.bex.com" → "webex"; see splitPairs). (An object, not exported lets: module bindings
 * cost a getter call each in some bundlers.)
 */
export const endHashesOf = { label: 0, shortLabel: 0, tld: 0, joined: 0 };
export function endHashes(host: string, splitEnds?: Uint8Array): number {
  return endHashesIn(host, 0, host.length, splitEnds);
}

/** endHashes of the host at text[from, to), read in place: the recogniser passes the URL itself. */
export function endHashesIn(host: string, from: number, to: number, splitEnds?: Uint8Array): number {
  // One backward pass with no String.prototype.lastIndexOf (a runtime call in V8, which cost as
  // much as all the hashing together).
  let tail = 0x811c9dc5 | 0;
  let i = to - 1;
  for (; i >= from; i--) {
    const c = host.charCodeAt(i);
    if (c === 0x2e) break;
    tail = Math.imul(tail ^ c, 0x01000193);
  }
  const last = i;
  if (last < from) {
    endHashesOf.label = endHashesOf.shortLabel = endHashesOf.joined = skeletonHashRange(host, from, to);
    endHashesOf.tld = tail & SMALL;
    return tail & SMALL;
  }
  endHashesOf.tld = tail & SMALL;
  tail = Math.imul(tail ^ 0x2e, 0x01000193);
  let label = 0x811c9dc5 | 0;
  for (i = last - 1; i >= from; i--) {
    let c = host.charCodeAt(i);
    if (c === 0x2e) break;
    tail = Math.imul(tail ^ c, 0x01000193);
    // rn, nn, rr → m; vv → w (as asciiSkeleton); most characters are none of n, r, v. A "." before
    // is none of r, n, v either, so the pair never reaches into the label before.
    if ((c === 0x6e || c === 0x72 || c === 0x76) && i > from) {
      const b = host.charCodeAt(i - 1);
      if ((c === 0x6e && (b === 0x72 || b === 0x6e)) || (c === 0x72 && b === 0x72) || (c === 0x76 && b === 0x76)) {
        tail = Math.imul(tail ^ b, 0x01000193);
        c = c === 0x76 ? 0x77 : 0x6d;
        i--;
      }
    }
    label = Math.imul(label ^ (c < 128 ? FOLD[c]! : c), 0x01000193);
  }
  const start = i + 1;
  endHashesOf.shortLabel = label & SMALL;
  endHashesOf.label = label & SMALL;
  endHashesOf.joined = 0;
  if (start === from) return tail & SMALL;
  // "example.co.uk": a two-letter country code after a label of up to three letters means a
  // second-level suffix, and the label is the one before. The joined hash (this label and the one
  // before, read as one: "we.bex.com") only where they start and end as some name does.
  const secondLevel = to - last - 1 === 2 && last - start <= 3;
  const begin = labelStartBefore(host, start - 1, from);
  const joined = splitEnds === undefined || splitEnds[endsKey(host, begin, last)] === 1;
  if (!secondLevel && !joined) return tail & SMALL;
  let before = 0x811c9dc5 | 0;
  let both = label;
  for (i = start - 2; i >= begin; i--) {
    let c = host.charCodeAt(i);
    if ((c === 0x6e || c === 0x72 || c === 0x76) && i > begin) {
      const b = host.charCodeAt(i - 1);
      if ((c === 0x6e && (b === 0x72 || b === 0x6e)) || (c === 0x72 && b === 0x72) || (c === 0x76 && b === 0x76)) {
        c = c === 0x76 ? 0x77 : 0x6d;
        i--;
      }
    }
    const f = c < 128 ? FOLD[c]! : c;
    before = Math.imul(before ^ f, 0x01000193);
    both = Math.imul(both ^ f, 0x01000193);
  }
  if (secondLevel) endHashesOf.label = before & SMALL;
  if (joined) endHashesOf.joined = both & SMALL;
  return tail & SMALL;
}

/** Where the label that ends just before the "." at `dot` begins. */
function labelStartBefore(host: string, dot: number, from: number): number {
  let j = dot - 1;
  while (j >= from && host.charCodeAt(j) !== 0x2e) j--;
  return j + 1;
}

/** First letter at `begin` and last letter before `last`, as an index into a 128 × 128 table. */
function endsKey(host: string, begin: number, last: number): number {
  const first = host.charCodeAt(begin);
  const end = host.charCodeAt(last - 1);
  return first < 128 && end < 128 ? first * 128 + end : 0;
}

/**
 * The pairs of neighbouring labels the split-name rule reads, as the fast path hashes them: the two
 * labels just left of the last dot ("we" and "bex" in "we.bex.com").
 */
export function splitPair(host: string): [string, string] | null {
  const last = host.lastIndexOf('.');
  if (last < 0) return null;
  const start = host.lastIndexOf('.', last - 1) + 1;
  if (start === 0) return null;
  const begin = host.lastIndexOf('.', start - 2) + 1;
  return [host.slice(begin, start - 1), host.slice(start, last)];
}
