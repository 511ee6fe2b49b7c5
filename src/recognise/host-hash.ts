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

/**
 * Hash of the label left of the public suffix, roughly: "guardian" in "news.guardian.co.uk"
 * (a two-letter country code after a label of up to three letters counts as a second-level suffix).
 */
export function labelHash(host: string): number {
  const last = host.lastIndexOf('.');
  if (last < 0) return hashRange(host, 0, host.length);
  let end = last;
  let start = host.lastIndexOf('.', end - 1) + 1;
  if (start > 0 && host.length - last - 1 === 2 && end - start <= 3) {
    end = start - 1;
    start = host.lastIndexOf('.', end - 1) + 1;
  }
  return hashRange(host, start, end);
}

/**
 * tailHash and labelHash of `host` in one backward pass (the hot path of the recogniser).
 * Returns the tail hash; the label hash is left in `lastLabelHash`.
 */
export let lastLabelHash = 0;
export function endHashes(host: string): number {
  const last = host.lastIndexOf('.');
  if (last < 0) {
    lastLabelHash = hashRange(host, 0, host.length);
    return lastLabelHash;
  }
  const start = host.lastIndexOf('.', last - 1) + 1;
  if (start > 0 && host.length - last - 1 === 2 && last - start <= 3) {
    // "example.co.uk": the label is further left; rare enough for a second pass.
    lastLabelHash = labelHash(host);
    return hashRange(host, start, host.length);
  }
  let tail = 0x811c9dc5 | 0;
  let label = 0x811c9dc5 | 0;
  for (let i = host.length - 1; i >= start; i--) {
    const c = host.charCodeAt(i);
    tail = Math.imul(tail ^ c, 0x01000193);
    if (i < last) label = Math.imul(label ^ c, 0x01000193);
  }
  lastLabelHash = label;
  return tail;
}
