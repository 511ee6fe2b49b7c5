/**
 * Mozilla's addons-linter on the Firefox build: fails on any error, and on any warning that is
 * not in tests/addons-linter-allowlist.json with the reason it is acceptable.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface LinterMessage {
  code: string;
  file?: string;
  message: string;
}
interface Allowed {
  code: string;
  /** Regular expression for the file the warning is in. */
  file: string;
  why: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const allowlist = JSON.parse(readFileSync(`${root}tests/addons-linter-allowlist.json`, 'utf8')) as Allowed[];

let output: string;
try {
  output = execFileSync(`${root}node_modules/.bin/addons-linter`, [`${root}.output/firefox-mv2`, '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  // addons-linter exits non-zero when it finds errors; its JSON is still on stdout.
  output = (error as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(output) as { errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[] };

const allowed = (m: LinterMessage) => allowlist.some((a) => a.code === m.code && new RegExp(a.file).test(m.file ?? ''));
const unexpected = report.warnings.filter((m) => !allowed(m));
for (const m of report.warnings) console.log(`${allowed(m) ? 'allowed' : 'NOT ALLOWED'} warning ${m.code} in ${m.file}: ${m.message}`);
for (const m of report.errors) console.log(`ERROR ${m.code} in ${m.file}: ${m.message}`);
console.log(
  `addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexpected.length} not allowed), ${report.notices.length} notices`,
);
if (report.errors.length || unexpected.length) process.exit(1);
