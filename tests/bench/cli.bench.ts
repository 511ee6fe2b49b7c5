/**
 * The command-line checker end to end, as a script uses it (dist/cli/invite-guard.mjs, built by
 * `npm run build`):
 * - start-up: one link on the command line, median wall time of ROUNDS runs. Goal ≤ 0.3 s. Also
 *   printed: a bare `node` start in the same run, the part no JavaScript CLI can go below.
 * - per URL: the corpus of the recogniser bench on standard input, output to a pipe, minus the
 *   start-up (the same run with no input), against the floor (tests/bench/cli-floor.mjs: read a
 *   line, new URL(), write a JSON line of the same shape) measured the same way. Goal ≤ 1.5×.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readCatalogueFiles } from '../../src/catalogue/read-files';
import { validateCatalogue } from '../../src/catalogue/validate';
import { buildCorpus } from './url-corpus';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = `${ROOT}dist/cli/invite-guard.mjs`;
const FLOOR = `${ROOT}tests/bench/cli-floor.mjs`;
const ROUNDS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Wall time of one run, in ms; fails loudly if the program did not finish cleanly. */
function timed(args: string[], input = ''): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { input, maxBuffer: 1024 * 1024 * 1024, stdio: ['pipe', 'pipe', 'inherit'] });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
  return ms;
}

export function runCliBench(): void {
  const { files } = readCatalogueFiles(`${ROOT}data`);
  const result = validateCatalogue(files);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const corpus = buildCorpus(result.catalogue, 120_000);
  const input = `${corpus.join('\n')}\n`;

  const bare: number[] = [];
  const startup: number[] = [];
  const cliEmpty: number[] = [];
  const cliFull: number[] = [];
  const floorEmpty: number[] = [];
  const floorFull: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    bare.push(timed(['-e', '']));
    startup.push(timed([CLI, 'https://zoom.us/j/1234567890']));
    cliEmpty.push(timed([CLI]));
    floorEmpty.push(timed([FLOOR]));
    cliFull.push(timed([CLI], input));
    floorFull.push(timed([FLOOR], input));
  }
  const start = median(startup);
  const cliPerUrl = (median(cliFull) - median(cliEmpty)) / corpus.length;
  const floorPerUrl = (median(floorFull) - median(floorEmpty)) / corpus.length;
  const ratio = cliPerUrl / floorPerUrl;
  console.log(`CLI (dist/cli/invite-guard.mjs), median of ${ROUNDS} rounds:`);
  console.log(
    `  start-up with one link: ${start.toFixed(0)} ms (bare node: ${median(bare).toFixed(0)} ms)  goal ≤ 300 ms  ${start <= 300 ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `  per URL, ${corpus.length} URLs on standard input, start-up taken off: ${(cliPerUrl * 1e6).toFixed(0)} ns against the floor's ${(floorPerUrl * 1e6).toFixed(0)} ns`,
  );
  console.log(`  ratio ${ratio.toFixed(2)}x  (goal ≤ 1.50x)  ${ratio <= 1.5 ? 'MET' : 'NOT MET'}`);
}
