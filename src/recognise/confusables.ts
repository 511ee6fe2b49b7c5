/**
 * The "skeleton" of a host or label: what it looks like at a glance, after UTS #39. Accents are
 * dropped (NFD, then no combining marks), every character Unicode lists as confusable with a host
 * letter or digit becomes that letter (Cyrillic "о" → "o", "ɡ" → "g"), and the ASCII look-alikes
 * people misread are folded by hand: 0/o, 1/l/i/|, 3/e, 5/s, rn/rr/nn/m, vv/w. So "zооm", "zo0m" and
 * "ẓoom" all read as "zoom", and "googie" as "google". Compare skeletons with skeletons only
 * ("signal" itself becomes "slgnal").
 * Latin letters with a mark drawn into them that the table leaves out (ƫ, ⱳ, ɓ) are read as their
 * plain letter, by their Unicode names (latin-letter-bases-data.ts).
 * Background only: the table is Unicode's (about 1,600 characters), too big for the content script.
 */
import { CONFUSABLES } from './confusables-data';
import { LATIN_LETTER_BASES } from './latin-letter-bases-data';

/** ASCII characters folded together, as char code → char code (applied last, also to table output). */
const ASCII_FOLD: Record<string, string> = { '0': 'o', '1': 'l', i: 'l', '|': 'l', '3': 'e', '5': 's' };

/**
 * Letters people read as Latin in a host name that UTS #39 does not list: Cyrillic and small
 * capital shapes (dnstwist's Cyrillic table uses them: т.me, zооm with м).
 */
const SUPPLEMENT: Record<string, string> = {
  ь: 'b',
  в: 'b',
  ԍ: 'g',
  к: 'k',
  м: 'm',
  т: 't',
  н: 'h',
  п: 'n',
  ц: 'u',
  з: 'e',
  ƈ: 'c',
  ᴀ: 'a',
  ʙ: 'b',
  ᴄ: 'c',
  ᴅ: 'd',
  ᴇ: 'e',
  ꜰ: 'f',
  ɢ: 'g',
  ʜ: 'h',
  ɪ: 'l',
  ᴊ: 'j',
  ᴋ: 'k',
  ʟ: 'l',
  ᴍ: 'm',
  ɴ: 'n',
  ᴏ: 'o',
  ᴘ: 'p',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ʏ: 'y',
  ᴢ: 'z',
};

let table: Map<string, string> | undefined;
function confusableTable(): Map<string, string> {
  if (!table) {
    table = new Map(Object.entries(SUPPLEMENT));
    for (const entry of CONFUSABLES.split('\u0000')) {
      const [first] = entry;
      if (first && !table.has(first)) table.set(first, entry.slice(first.length));
    }
    // Then Latin letters with a hook, tail or stroke that UTS #39 leaves out (ƫ → t, ⱳ → w), by their Unicode names.
    for (let i = 0; i + 1 < LATIN_LETTER_BASES.length; i += 2)
      if (!table.has(LATIN_LETTER_BASES[i]!)) table.set(LATIN_LETTER_BASES[i]!, LATIN_LETTER_BASES[i + 1]!);
  }
  return table;
}

/**
 * Folds 0/o, 1/i/l, 3/e, 5/s and rn/rr/nn/m, vv/w in an ASCII string (the part of the skeleton the fast
 * path also computes, in host-hash.ts). Pairs are folded from the end, as the fast path reads.
 */
const NEEDS_FOLD = /[01i|35]|rn|rr|nn|vv/;

export function asciiSkeleton(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    const before = i > 0 ? text[i - 1] : undefined;
    if ((ch === 'n' && (before === 'r' || before === 'n')) || (ch === 'r' && before === 'r') || (ch === 'v' && before === 'v')) {
      out = (ch === 'v' ? 'w' : 'm') + out;
      i--;
    } else out = (ASCII_FOLD[ch] ?? ch) + out;
  }
  return out;
}

/** True when `text` is plain lowercase ASCII (most hosts): no table look-up needed. */
const PLAIN = /^[\x00-\x7f]*$/;

export function skeleton(label: string): string {
  const lower = label.toLowerCase();
  if (PLAIN.test(lower)) return asciiSkeleton(lower);
  const confusables = confusableTable();
  let out = '';
  for (const ch of lower.normalize('NFD')) {
    // The table first: some marks pass for letters on their own (Telugu "ం" for "o").
    const mapped = confusables.get(ch);
    if (mapped !== undefined) out += mapped;
    else if (!/\p{M}/u.test(ch)) out += ch;
  }
  return asciiSkeleton(out.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}
