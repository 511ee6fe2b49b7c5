/**
 * Merges message entries into a locale's messages.json, keeping the keys already there:
 *   npx tsx scripts/add-messages.ts <locale> <fragment.json>
 * A key already present is replaced by the fragment's entry. One read and one write, so people
 * (and tools) adding keys for different screens at the same time do not lose each other's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [locale, fragmentPath] = process.argv.slice(2);
if (!locale || !fragmentPath) {
  process.stderr.write('Usage: npx tsx scripts/add-messages.ts <locale> <fragment.json>\n');
  process.exit(2);
}
const file = fileURLToPath(new URL(`../public/_locales/${locale}/messages.json`, import.meta.url));
const fragment = JSON.parse(readFileSync(fragmentPath, 'utf8')) as Record<string, unknown>;
let current: Record<string, unknown> = {};
try {
  current = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
} catch {
  // A new locale starts empty.
}
writeFileSync(file, `${JSON.stringify({ ...current, ...fragment }, null, 2)}\n`);
process.stdout.write(`${locale}: ${Object.keys(fragment).length} entries merged, ${Object.keys({ ...current, ...fragment }).length} in all\n`);
