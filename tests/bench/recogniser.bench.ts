/**
 * Recognising a URL should cost about what parsing it costs: the recogniser over ≥100k URLs
 * against the floor of `new URL()` on the same URLs, in the same run. Goal: ratio ≤ 1.5.
 */
import { compileIndex } from '../../src/recognise/catalogue-index';
import { readCatalogueFiles } from '../../src/catalogue/read-files';
import { validateCatalogue } from '../../src/catalogue/validate';
import { recognise } from '../../src/recognise/recognise';
import { NO_SETTINGS } from '../../src/recognise/types';
import { buildCorpus } from './url-corpus';

const ROUNDS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => number): { ms: number; sink: number } {
  const start = performance.now();
  const sink = fn();
  return { ms: performance.now() - start, sink };
}

export function runRecogniserBench(size = 120_000): { floorMs: number; recogniserMs: number; ratio: number } {
  const { files } = readCatalogueFiles(process.env.BENCH_DATA ?? new URL('../../data', import.meta.url).pathname);
  const result = validateCatalogue(files);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const index = compileIndex(result.catalogue);
  const corpus = buildCorpus(result.catalogue, size);

  const floor = () => {
    let n = 0;
    for (const u of corpus) n += new URL(u).hostname.length;
    return n;
  };
  const recogniser = () => {
    let n = 0;
    for (const u of corpus) if (recognise(index, u, NO_SETTINGS).platform) n++;
    return n;
  };
  // Warm both paths up, then alternate rounds so drift affects them alike.
  floor();
  const recognised = recogniser();
  const floorTimes: number[] = [];
  const recogniserTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    floorTimes.push(time(floor).ms);
    recogniserTimes.push(time(recogniser).ms);
  }
  const floorMs = median(floorTimes);
  const recogniserMs = median(recogniserTimes);
  const ratio = recogniserMs / floorMs;
  console.log(`recogniser: ${corpus.length} URLs (${recognised} recognised as invites), median of ${ROUNDS} rounds`);
  console.log(`  floor  new URL():   ${floorMs.toFixed(1)} ms  (${((floorMs * 1e6) / corpus.length).toFixed(0)} ns/URL)`);
  console.log(`  recognise():        ${recogniserMs.toFixed(1)} ms  (${((recogniserMs * 1e6) / corpus.length).toFixed(0)} ns/URL)`);
  console.log(`  ratio ${ratio.toFixed(2)}x  (goal ≤ 1.50x)  ${ratio <= 1.5 ? 'MET' : 'NOT MET'}`);
  return { floorMs, recogniserMs, ratio };
}
