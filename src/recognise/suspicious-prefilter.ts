/**
 * A cheaper first look before the recogniser's pre-filter regular expression
 * (tables.fastSuspicious): one pass over the host that answers "maybe" wherever the expression
 * could match, and "no" for most ordinary hosts, so the expression runs on a fraction of them.
 * Sound by construction: every alternative of the expression is a string of which some three
 * characters in a row are marked here (a string that occurs puts all its pieces in the host; the
 * rarest piece is marked), or a single character marked here, or a host pattern whose literal
 * start is marked; a string too short to mark, or a host pattern without a literal start, makes
 * the answer always "maybe". Tests compare it with the expression on many hosts.
 */

export interface Prefilter {
  /** Keys (key3) of the marked three-character pieces. */
  trigrams: Uint8Array;
  /** Characters that are an alternative by themselves ("0", "1", "3", "5", "|"). */
  chars: Uint8Array;
  /** Some alternative could not be marked: every host is a "maybe". */
  always: boolean;
}

/**
 * Three ASCII characters as one key: the low six bits of each. Letters keep apart; "." shares its
 * bits with "n", "-" with "m", digits with some letters: a false "maybe" at worst.
 */
const key3 = (a: number, b: number, c: number) => ((a & 63) << 12) | ((b & 63) << 6) | (c & 63);

/** Characters from the most to the least common in host names (English letter frequency, "." first). */
const COMMON_FIRST = '.etaoinshrdlcumwfgypbvkjxqz-0123456789';

/** Labels that begin many hosts (lookalike-tables.ts leaves names split after one of them alone). */
export const COMMON_HOST_STARTS = ['www', 'app', 'api', 'mail', 'web', 'cdn', 'static', 'news', 'blog', 'shop', 'docs', 'media', 'img'];

/** Words that begin or end many hosts: a piece of one of them says "maybe" too often. */
const COMMON_WORDS = [
  ...[...COMMON_HOST_STARTS, 'login', 'account', 'example', 'simple', 'sample'].map((w) => `${w}.`),
  ...['com', 'org', 'net', 'co', 'de', 'io'].map((w) => `.${w}`),
];

const rarity = (piece: string) =>
  (COMMON_WORDS.some((w) => w.includes(piece)) ? -100 : 0) +
  [...piece].reduce((sum, c) => sum + (COMMON_FIRST.includes(c) ? COMMON_FIRST.indexOf(c) : COMMON_FIRST.length), 0);

/** The rarest three characters of `s`: any of its pieces is in every host it occurs in, and a rare one says "maybe" least often. */
function rarestPiece(s: string): string {
  let best = s.slice(0, 3);
  for (let i = 1; i + 3 <= s.length; i++) if (rarity(s.slice(i, i + 3)) > rarity(best)) best = s.slice(i, i + 3);
  return best;
}

/** The literal characters an anchored label pattern begins with ("^us\\d{2}web$" → "us"), or "" when unsure. */
export function literalPrefix(source: string): string {
  if (source.includes('|')) return '';
  const m = /^\^([a-z0-9-]*)/.exec(source);
  if (!m) return '';
  // A quantifier after the last literal applies to it ("^ab?c"): leave that character out.
  const next = source[m[0].length];
  return next === '?' || next === '*' || next === '{' || next === '+' ? m[1]!.slice(0, -1) : m[1]!;
}

const isAscii = (s: string) => [...s].every((c) => c.charCodeAt(0) < 128);

/** `strings`: what may occur anywhere in a host; `chars`: characters that count alone; `labelPatterns`: anchored label patterns. */
export function compilePrefilter(strings: Iterable<string>, chars: string, labelPatterns: readonly string[]): Prefilter {
  const trigrams = new Uint8Array(1 << 18);
  const charTable = new Uint8Array(128);
  let always = false;
  const mark = (piece: string) => {
    if (piece.length < 3 || !isAscii(piece)) always = true;
    else trigrams[key3(piece.charCodeAt(0), piece.charCodeAt(1), piece.charCodeAt(2))] = 1;
  };
  for (const s of strings) mark(rarestPiece(s));
  for (const c of chars) {
    if (c.charCodeAt(0) >= 128) always = true;
    else charTable[c.charCodeAt(0)] = 1;
  }
  for (const source of labelPatterns) {
    const prefix = literalPrefix(source);
    if (prefix.length >= 3) mark(prefix.slice(0, 3));
    // Two literal characters: any third.
    else if (prefix.length === 2) for (let c = 0; c < 128; c++) trigrams[key3(prefix.charCodeAt(0), prefix.charCodeAt(1), c)] = 1;
    else always = true;
  }
  return { trigrams, chars: charTable, always };
}

/** False only when no alternative of the expression can match `host`. */
export function mayBeSuspicious(filter: Prefilter, host: string): boolean {
  const n = host.length;
  if (filter.always || n < 3) return true;
  const { trigrams, chars } = filter;
  let a = host.charCodeAt(0);
  let b = host.charCodeAt(1);
  if (a >= 128 || b >= 128 || chars[a] === 1 || chars[b] === 1) return true;
  for (let i = 2; i < n; i++) {
    const c = host.charCodeAt(i);
    if (c >= 128 || chars[c] === 1 || trigrams[key3(a, b, c)] === 1) return true;
    a = b;
    b = c;
  }
  return false;
}
