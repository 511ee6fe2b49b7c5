/**
 * A deterministic corpus of URLs like those on real pages: mostly ordinary links, about 1%
 * invite links (from the catalogue's examples), some lookalikes and wrapped links.
 */
import type { Catalogue } from '../../src/catalogue/validate';

/** Small seeded PRNG (mulberry32) so every run measures the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'news',
  'blog',
  'shop',
  'docs',
  'mail',
  'cdn',
  'static',
  'forum',
  'wiki',
  'app',
  'api',
  'media',
  'img',
  'account',
  'login',
  'search',
  'events',
  'campaign',
  'union',
  'climate',
];
const TLDS = ['com', 'org', 'net', 'de', 'fr', 'co.uk', 'com.br', 'io', 'ngo', 'info', 'es', 'in', 'ru', 'jp'];
const SITES = [
  'example',
  'wikipedia',
  'github',
  'nytimes',
  'guardian',
  'amnesty',
  'mozilla',
  'reddit',
  'youtube',
  'twitter',
  'medium',
  'substack',
  'bbc',
  'aljazeera',
  'eff',
  'frontlinedefenders',
  'greenpeace',
  'lemonde',
  'elpais',
  'spiegel',
];

export function buildCorpus(catalogue: Catalogue, size: number, seed = 42): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const invites = catalogue.platforms.flatMap((p) => p.recognise.examples.invite.map((e) => e.url)).filter((u) => u.startsWith('http'));
  const lookalikes = [
    'https://zoom-us.example/j/1234567890',
    'https://meet.google.com-join.us/abc-defg-hij',
    'https://zo0m.us/j/123456789',
    'https://xn--zm-fmca.us/j/1234567890',
  ];
  const urls: string[] = [];
  for (let i = 0; i < size; i++) {
    const r = random();
    if (r < 0.01) urls.push(pick(invites));
    else if (r < 0.012) urls.push(pick(lookalikes));
    else if (r < 0.015) urls.push(`https://www.google.com/url?q=${encodeURIComponent(pick(invites))}&sa=D`);
    else {
      const host = `${random() < 0.6 ? `${pick(WORDS)}.` : ''}${pick(SITES)}${random() < 0.3 ? `-${pick(WORDS)}` : ''}.${pick(TLDS)}`;
      const depth = Math.floor(random() * 4);
      const path = Array.from({ length: depth }, () => pick(WORDS) + (random() < 0.3 ? String(Math.floor(random() * 100000)) : '')).join('/');
      const query = random() < 0.3 ? `?id=${Math.floor(random() * 1e6)}&ref=${pick(WORDS)}` : '';
      urls.push(`https://${host}/${path}${query}`);
    }
  }
  // URLs reach the recogniser as flat strings: read from the page, through a message, or from
  // the command line. The `+` and template literals above build ropes instead, which cost every
  // character read a detour no real URL pays; a copy through JSON makes them flat.
  return JSON.parse(JSON.stringify(urls)) as string[];
}
