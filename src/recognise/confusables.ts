/**
 * Maps characters that look like Latin letters (Cyrillic, Greek, digits, letter pairs) to the
 * letters they imitate, so "zооm" (Cyrillic о) and "zo0m" both read as "zoom". A selection of
 * Unicode's confusables list covering the letters of the catalogue's brand names.
 */
const SINGLE: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l',
  м: 'm', н: 'h', о: 'o', р: 'p', ԛ: 'q', г: 'r', ѕ: 's', т: 't', ц: 'u', ս: 'u', ѵ: 'v', ԝ: 'w',
  х: 'x', у: 'y', ү: 'y', з: '3', ь: 'b', п: 'n',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  γ: 'y', ω: 'w',
  // Latin look-alikes and accented letters that hide in a glance
  ı: 'i', ɡ: 'g', ɩ: 'i', ʟ: 'l', ɑ: 'a', à: 'a', á: 'a', â: 'a', ä: 'a', å: 'a', ã: 'a', ç: 'c',
  è: 'e', é: 'e', ê: 'e', ë: 'e', ì: 'i', í: 'i', î: 'i', ï: 'i', ñ: 'n', ò: 'o', ó: 'o', ô: 'o',
  ö: 'o', õ: 'o', ø: 'o', ù: 'u', ú: 'u', û: 'u', ü: 'u', ý: 'y', ÿ: 'y', ś: 's', ş: 's', ž: 'z',
  ż: 'z', ź: 'z', ł: 'l', ń: 'n', ğ: 'g',
  // digits and ASCII letters that pass for one another
  '0': 'o', '1': 'l', '3': 'e', '5': 's', i: 'l', '|': 'l',
};

const PAIRS: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

/**
 * The "skeleton" of a host or label: what it looks like at a glance. Compare skeletons with
 * skeletons only ("signal" itself becomes "slgnal").
 */
export function skeleton(label: string): string {
  let out = '';
  for (const ch of label) out += SINGLE[ch] ?? ch;
  for (const [pattern, replacement] of PAIRS) out = out.replace(pattern, replacement);
  return out;
}

