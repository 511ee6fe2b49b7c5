/**
 * Command-line checker (ARCHITECTURE.md contract 1):
 *   npm run --silent check -- <url>...        one JSON line per URL
 *   some-command | npm run --silent check     URLs on standard input, one per line
 *   npm run --silent check -- --catalogue     the validated catalogue as a JSON array
 *   --trust <host>[,jitsi|bigbluebutton]      treat a server as trusted (repeatable)
 * Exit 0 unless the arguments are wrong (2) or the catalogue is broken (1).
 */
import { createInterface } from 'node:readline';
import { bundledCatalogue, bundledIndex } from '../catalogue/bundled';
import { validateCatalogue } from '../catalogue/validate';
import { catalogueFiles } from '../../data/index';
import type { TrustedServer } from '../recognise/types';
import { english } from '../i18n/english';
import { setTranslator } from '../i18n/t';
import { checkLine } from './check-lines';
import { parseArgs } from './parse-args';

async function main(argv: string[]): Promise<number> {
  setTranslator(english, 'en');
  const args = parseArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.error}\n\nUsage: npm run --silent check -- [--trust host[,jitsi|bigbluebutton]]... [--catalogue] [url...]\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write('Usage: npm run --silent check -- [--trust host[,jitsi|bigbluebutton]]... [--catalogue] [url...]\nWithout URLs, reads them from standard input, one per line.\n');
    return 0;
  }
  if (args.catalogue) {
    const result = validateCatalogue(catalogueFiles as never);
    if (!result.ok) {
      process.stderr.write(`The catalogue is broken:\n${result.errors.join('\n')}\n`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify(bundledCatalogue().platforms)}\n`);
    return 0;
  }
  const index = bundledIndex();
  const settings = { trustedServers: args.trusted as TrustedServer[] };
  const print = (url: string) => process.stdout.write(`${JSON.stringify(checkLine(index, url, settings))}\n`);
  if (args.urls.length) {
    args.urls.forEach(print);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) print(line);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`invite-guard check failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
