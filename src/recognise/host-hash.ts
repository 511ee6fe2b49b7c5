/**
 * Integer hashes of the end of a host name, computed without slicing or allocating, so the
 * common "not a catalogue host" answer costs a small loop and one Set<number> look-up.
 * A hash hit is only a candidate: callers confirm with the exact strings.
 */

/** Hash of text[start, end), read from the end. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = end - 1; i >= start; i--) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** Hash of a whole string, equal to tailHash/labelHash of the same characters inside a host. */
export function hashText(text: string): number {
  return hashRange(text, 0, text.length);
}

/** Hash of the last two labels ("zoom.us" in "us02web.zoom.us"), or of the host when it has fewer. */
export function tailHash(host: string): number {
  const last = host.lastIndexOf('.');
  const start = last < 0 ? 0 : host.lastIndexOf('.', last - 1) + 1;
  return hashRange(host, start, host.length);
}

/** The ASCII folding of confusables.ts (0→o, 1/i→l, 3→e, 5→s), as character codes; pairs rn→m, vv→w are folded by the callers. */
function foldCode(c: number): number {
  switch (c) {
    case 0x30: return 0x6f; // 0 → o
    case 0x31: // 1 → l
    case 0x69: // i → l
    case 0x7c: return 0x6c; // | → l
    case 0x33: return 0x65; // 3 → e
    case 0x35: return 0x73; // 5 → s
    default: return c;
  }
}

/**
 * Hash of the ASCII skeleton of text[start, end) (asciiSkeleton in confusables.ts), read from the
 * end: "micr0soft" and "rnicrosoft" hash like "mlcrosoft". Equal to hashText(asciiSkeleton(...)).
 */
function skeletonHashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = end - 1; i >= start; i--) {
    let c = text.charCodeAt(i);
    if (i > start && ((c === 0x6e && text.charCodeAt(i - 1) === 0x72) || (c === 0x76 && text.charCodeAt(i - 1) === 0x76))) {
      c = c === 0x6e ? 0x6d : 0x77; // rn → m, vv → w
      i--;
    }
    h = Math.imul(h ^ foldCode(c), 0x01000193);
  }
  return h;
}

/**
 * Hash of the label left of the public suffix, roughly: "guardian" in "news.guardian.co.uk"
 * (a two-letter country code after a label of up to three letters counts as a second-level suffix).
 */
export function labelHash(host: string): number {
  const last = host.lastIndexOf('.');
  if (last < 0) return skeletonHashRange(host, 0, host.length);
  let end = last;
  let start = host.lastIndexOf('.', end - 1) + 1;
  if (start > 0 && host.length - last - 1 === 2 && end - start <= 3) {
    end = start - 1;
    start = host.lastIndexOf('.', end - 1) + 1;
  }
  return skeletonHashRange(host, start, end);
}

/**
 * tailHash and labelHash (of the label's ASCII skeleton) of `host` (the hot path of the
 * recogniser). Returns the tail hash; the label hash is left in `lastLabelHash`.
 */
export let lastLabelHash = 0;
export function endHashes(host: string): number {
  const last = host.lastIndexOf('.');
  if (last < 0) {
    lastLabelHash = skeletonHashRange(host, 0, host.length);
    return hashRange(host, 0, host.length);
  }
  const start = host.lastIndexOf('.', last - 1) + 1;
  lastLabelHash = start > 0 && host.length - last - 1 === 2 && last - start <= 3 ? labelHash(host) : skeletonHashRange(host, start, last);
  return hashRange(host, start, host.length);
}
