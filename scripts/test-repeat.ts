/**
 * `npm run test:repeat -- [N] [--load K] [--no-build] [vitest filters...]`: runs the real-browser
 * suite N times (default 5) to find the stories that sometimes fail, optionally with K CPU-bound
 * processes beside it (CI machines are busy: `--load 1` keeps one of two cores spinning), and
 * prints how often each story failed and how long each run took. Builds both browsers once
 * first, unless `--no-build`. Exits 1 if any run failed.
 *
 * Example: `npm run test:repeat -- 10 --load 1 tests/e2e/toolbar.e2e.ts`
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Options {
  runs: number;
  load: number;
  build: boolean;
  filters: string[];
}

function parseOptions(args: string[]): Options {
  const options: Options = { runs: 5, load: 0, build: true, filters: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--load') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`--load wants a count of CPU-bound processes, got ${args[i]}`);
      options.load = value;
    } else if (arg === '--no-build') options.build = false;
    else if (/^\d+$/.test(arg)) options.runs = Number(arg);
    else options.filters.push(arg);
  }
  if (options.runs < 1) throw new Error('the number of runs must be at least 1');
  return options;
}

/** A process that keeps one core busy until killed. */
function startBurner(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

interface JsonReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[]; message?: string; status: string }[];
}

function failuresOf(report: JsonReport): { test: string; message: string }[] {
  const failures: { test: string; message: string }[] = [];
  for (const file of report.testResults) {
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed)
      failures.push({
        test: `${path.relative(process.cwd(), file.name)} > ${a.fullName}`,
        message: (a.failureMessages[0] ?? '').split('\n')[0]!.slice(0, 300),
      });
    // A file that failed outside any test (a hook, a crash) has no failed assertion to name.
    if (file.status === 'failed' && failed.length === 0)
      failures.push({ test: path.relative(process.cwd(), file.name), message: (file.message ?? '').split('\n')[0]!.slice(0, 300) });
  }
  return failures;
}

const options = parseOptions(process.argv.slice(2));
if (options.build) {
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const burners = Array.from({ length: options.load }, startBurner);
const stopBurners = () => burners.forEach((b) => b.kill('SIGKILL'));
process.on('exit', stopBurners);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const outDir = mkdtempSync(path.join(tmpdir(), 'test-repeat-'));
const failureCounts = new Map<string, { count: number; messages: string[] }>();
const runs: { seconds: number; tests: number; failed: number }[] = [];

for (let run = 1; run <= options.runs; run++) {
  const outputFile = path.join(outDir, `run-${run}.json`);
  console.log(`\n==> run ${run} of ${options.runs}${options.load ? ` beside ${options.load} CPU-bound process(es)` : ''}`);
  const started = Date.now();
  spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=dot', '--reporter=json', `--outputFile.json=${outputFile}`, ...options.filters],
    {
      stdio: 'inherit',
    },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  let report: JsonReport;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8')) as JsonReport;
  } catch {
    console.log(`run ${run}: vitest wrote no report (${outputFile}); counted as one failure`);
    report = { numTotalTests: 0, numFailedTests: 1, testResults: [{ name: '(vitest itself)', assertionResults: [], status: 'failed', message: 'no report' }] };
  }
  const failures = failuresOf(report);
  runs.push({ seconds, tests: report.numTotalTests, failed: failures.length });
  for (const f of failures) {
    const entry = failureCounts.get(f.test) ?? { count: 0, messages: [] };
    entry.count++;
    entry.messages.push(`run ${run}: ${f.message}`);
    failureCounts.set(f.test, entry);
  }
  console.log(`<== run ${run}: ${report.numTotalTests} tests, ${failures.length} failed, ${seconds} s`);
}
stopBurners();

console.log('\nruns:');
runs.forEach((r, i) => console.log(`  ${i + 1}: ${r.tests} tests, ${r.failed} failed, ${r.seconds} s`));
if (failureCounts.size === 0) console.log(`\nno story failed in ${options.runs} runs`);
else {
  console.log('\nstories that failed:');
  for (const [test, { count, messages }] of [...failureCounts].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${count}/${options.runs}  ${test}`);
    for (const m of messages) console.log(`         ${m}`);
  }
}
const failedRuns = runs.filter((r) => r.failed > 0).length;
console.log(`\nruns: ${options.runs - failedRuns} passed, ${failedRuns} failed`);
process.exit(failedRuns ? 1 : 0);
