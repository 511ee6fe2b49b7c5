/**
 * Command-line checker (ARCHITECTURE.md contract 1), built into dist/cli/invite-guard.mjs:
 *   npm run --silent check -- <link>...       one JSON line per link
 *   some-command | npm run --silent check     links on standard input, one per line
 *   npm run --silent check -- --file PATH...  the links in QR images, .ics, .eml, .html, .txt
 *   npm run --silent check -- --catalogue     the validated catalogue as a JSON array
 * Options and exit codes: USAGE in parse-args.ts. Output always drains before the process ends
 * (it is never ended with process.exit()), so a slow reader gets every line.
 */
import { bundledCatalogue } from '../catalogue/bundled';
import { bundledIndex } from '../recognise/bundled-index';
import { catalogueFiles } from '../../data/index';
import { english } from '../i18n/english';
import { setTranslator } from '../i18n/t';
import { bufferedOutput } from './buffered-output';
import { createLineChecker } from './check-lines';
import { reachesFailOn } from './fail-on';
import { inputLineBatches } from './input-lines';
import { jsonLine } from './json-line';
import { parseArgs, USAGE } from './parse-args';
import { TABLE_HEADER, tableRow } from './table-format';

const EXIT_FAILED_ON = 3;

async function main(argv: string[]): Promise<number> {
  setTranslator(english, 'en');
  const args = parseArgs(argv);
  const out = bufferedOutput(process.stdout);
  if (!args.ok) {
    process.stderr.write(`${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    out.add(`${USAGE}\n`);
    await out.end();
    return 0;
  }
  if (args.catalogue) {
    // Loaded only here: zod is most of the CLI's size, and checking links never needs it.
    const { validateCatalogue } = await import('../catalogue/validate');
    const result = validateCatalogue(catalogueFiles);
    if (!result.ok) {
      process.stderr.write(`The catalogue is broken:\n${result.errors.join('\n')}\n`);
      return 1;
    }
    out.add(`${JSON.stringify(bundledCatalogue().platforms)}\n`);
    await out.end();
    return 0;
  }
  const index = bundledIndex();
  const settings = { trustedServers: args.trusted };
  const table = args.format === 'table';
  const nameOf = (id: string) => index.platforms.get(id)?.name ?? id;
  let failed = false;
  const checkLine = createLineChecker(index, settings);
  /** One result; with --file, the JSON line also says which file the link was in. */
  const print = (text: string, file?: string) => {
    const line = checkLine(text);
    failed ||= reachesFailOn(line.level, args.failOn);
    out.add(table ? tableRow(line, nameOf) : `${file === undefined ? jsonLine(line) : JSON.stringify({ ...line, file })}\n`);
  };
  if (table) out.add(TABLE_HEADER);
  if (args.files.length) {
    // Loaded only here: the file readers (and the QR decoder) are none of a link check's start-up.
    const { checkFiles } = await import('./check-files');
    const { unreadable, withoutLinks } = await checkFiles(args.files, index, print);
    for (const file of withoutLinks) process.stderr.write(`invite-guard: ${file}: no links found\n`);
    for (const { file, reason } of unreadable) process.stderr.write(`invite-guard: ${file}: ${reason}\n`);
    await out.end();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by print(), which TypeScript does not follow
    return failed ? EXIT_FAILED_ON : unreadable.length ? 1 : 0;
  }
  if (args.urls.length) args.urls.forEach((url) => print(url));
  // A chunk of standard input at a time: synchronous work per line, one wait per chunk.
  else
    for await (const lines of inputLineBatches(process.stdin)) {
      for (const line of lines) if (hasText(line)) print(line);
      await out.settle();
    }
  await out.end();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by print(), which TypeScript does not follow
  return failed ? EXIT_FAILED_ON : 0;
}

/** A line with something in it besides white space (most lines: their first character says so). */
const hasText = (line: string) => line.length > 0 && ((line.charCodeAt(0) > 0x20 && line.charCodeAt(0) < 0x7f) || line.trim() !== '');

// A reader that stops reading (`… | head`) is not a failure: end quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`invite-guard check failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
