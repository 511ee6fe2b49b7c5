/**
 * Writes tests/fixtures/popular-domains.txt: real domains from three npm packages, for the false
 * alarm measurement in `npm run bench` and the unit tests. (Lists of disposable mail domains
 * are left out on purpose: many of those are throwaway typosquats, not real sites.) Run from a folder where the packages
 * were unpacked:
 *
 *   mkdir /tmp/popular && cd /tmp/popular
 *   for p in top-sites@1.1.222 simple-icons@16.37.0 email-providers@2.26.0; do
 *     npm pack "$p" && mkdir -p "${p%@*}" && tar xzf "${p%@*}"-*.tgz -C "${p%@*}"; done
 *   npx tsx scripts/extract-popular-domains.ts /tmp/popular
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDomain, parse } from 'tldts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/extract-popular-domains.ts DIR_WITH_UNPACKED_PACKAGES');
  process.exit(1);
}
const read = (path: string) => JSON.parse(readFileSync(`${dir}/${path}`, 'utf8')) as unknown;

const found = new Map<string, string>();
const add = (host: string, origin: string) => {
  const h = host.trim().toLowerCase().replace(/\.+$/, '');
  const p = parse(h);
  if (!h || p.isIp || !p.isIcann || !p.domain) return;
  if (!found.has(h)) found.set(h, origin);
};

// Moz's top 500 (by linking root domains): "www.google.com" → also "google.com".
for (const site of read('top-sites/package/top-sites.json') as { rootDomain: string }[]) {
  add(site.rootDomain, 'top-sites');
  add(getDomain(site.rootDomain) ?? '', 'top-sites');
}
// Simple Icons: the brand sites its logos and guidelines come from.
for (const icon of read('simple-icons/package/data/simple-icons.json') as { source?: string; guidelines?: string }[]) {
  for (const url of [icon.source, icon.guidelines]) {
    if (!url) continue;
    try {
      add(getDomain(new URL(url).hostname) ?? '', 'simple-icons');
    } catch {
      // not a URL
    }
  }
}
for (const d of read('email-providers/package/all.json') as string[]) add(d, 'email-providers');

const header = [
  '# Real domains, one a line: the false-alarm corpus of `npm run bench` and tests/unit/recognise.',
  '# Written by scripts/extract-popular-domains.ts from these npm packages (origin, licence):',
  '#   top-sites 1.1.222 (Moz top 500 domains; MIT)',
  "#   simple-icons 16.37.0 (hosts of its brands' logo and guideline sources; data CC0-1.0)",
  '#   email-providers 2.26.0 (common mail providers, from goware/emailproviders; ISC)',
  `# ${found.size} hosts, sorted; the origin that listed each first follows a tab.`,
];
const lines = [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([h, origin]) => `${h}\t${origin}`);
const out = fileURLToPath(new URL('../tests/fixtures/popular-domains.txt', import.meta.url));
writeFileSync(out, `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(`wrote ${found.size} hosts to tests/fixtures/popular-domains.txt`);
