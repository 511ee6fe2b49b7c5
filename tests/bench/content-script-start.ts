/**
 * What the content script costs a page that has no invite link, the common case: real Chromium
 * with the built extension, the script's own time in the frame (CPU profile samples whose stack
 * is in content.js: its top level, its callbacks and the continuations after its awaits), median
 * of ROUNDS page loads. Beside it, the same bundle loaded but never started (its bytes wrapped
 * in a function nobody calls), which is what the bundle's size alone costs each frame: the
 * figure behind the 12 KB size goal. Needs `npx wxt build` first.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../e2e/harness/chromium';
import { startFixtureServer } from '../e2e/harness/fixture-server';

const ROUNDS = 25;
const BUILD = path.resolve('.output/chrome-mv3');
const SCRIPT = 'content-scripts/content.js';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds of samples with content.js anywhere on their stack. */
function contentScriptTime(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): number {
  const parent = new Map<number, ProfileNode>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const ours = new Map<number, boolean>();
  const isOurs = (node: ProfileNode | undefined): boolean => {
    if (!node) return false;
    let answer = ours.get(node.id);
    if (answer === undefined) ours.set(node.id, (answer = node.callFrame.url.endsWith(SCRIPT) || isOurs(parent.get(node.id))));
    return answer;
  };
  let micros = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(byId.get(id))) micros += profile.timeDeltas[i] ?? 0;
  });
  return micros / 1000;
}

/** Milliseconds the browser spent evaluating content.js as a script: parse, compile, top level. */
function evaluationTime(events: { name: string; dur?: number; args?: { data?: { url?: string } } }[]): number {
  return (
    events.filter((event) => event.name === 'EvaluateScript' && event.args?.data?.url?.endsWith(SCRIPT)).reduce((sum, event) => sum + (event.dur ?? 0), 0) /
    1000
  );
}

/** Median per page load: the script's own time (profile), or its evaluation alone (trace). */
async function measure(extensionDir: string, pageUrl: string, what: 'own time' | 'evaluation'): Promise<number> {
  const browser = await launchChromium({ extensionDir });
  try {
    const page = await browser.context.newPage();
    await page.goto(pageUrl);
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const events: Parameters<typeof evaluationTime>[0] = [];
      const collect = (batch: { value: object[] }) => events.push(...(batch.value as typeof events));
      if (what === 'own time') await cdp.send('Profiler.start');
      else {
        cdp.on('Tracing.dataCollected', collect);
        await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline'] }, transferMode: 'ReportEvents' });
      }
      await page.goto(`${pageUrl}?${round}`);
      // The content script runs at document_idle and asks the background for its settings.
      await page.waitForTimeout(150);
      if (what === 'own time') {
        const { profile } = await cdp.send('Profiler.stop');
        times.push(contentScriptTime(profile as unknown as Parameters<typeof contentScriptTime>[0]));
      } else {
        const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.end');
        await complete;
        cdp.off('Tracing.dataCollected', collect);
        times.push(evaluationTime(events));
      }
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

export async function runContentScriptStartBench(): Promise<void> {
  const server = await startFixtureServer();
  const unstarted = path.join(mkdtempSync(path.join(tmpdir(), 'invite-guard-bench-')), 'chrome-mv3');
  try {
    cpSync(BUILD, unstarted, { recursive: true });
    const code = readFileSync(path.join(BUILD, SCRIPT), 'utf8');
    writeFileSync(path.join(unstarted, SCRIPT), `function unusedContentScript() {\n${code}\n}\n`);
    const url = `${server.origin}/page-bench.html`;
    const started = await measure(BUILD, url, 'own time');
    const evaluated = await measure(BUILD, url, 'evaluation');
    const loaded = await measure(unstarted, url, 'evaluation');
    console.log(`Content script on a page without invite links, per frame (median of ${ROUNDS} loads):`);
    console.log(`  its own time, as shipped: ${started.toFixed(2)} ms (of which evaluating the script, its top level included: ${evaluated.toFixed(2)} ms)`);
    console.log(`  the same ${code.length} bytes evaluated, never started: ${loaded.toFixed(2)} ms (what the bundle's size costs: the 12 KB goal)`);
  } finally {
    rmSync(path.dirname(unstarted), { recursive: true, force: true });
    await server.close();
  }
}
