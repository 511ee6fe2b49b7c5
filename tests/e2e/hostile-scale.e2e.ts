/**
 * Hostile pages, part 2: size and churn. A page of 100,000 links (1% invites) and a page that
 * makes about 10,000 mutations a second for 10 seconds. Every invite gets its badge (the last
 * one added to the flood within a few seconds), nothing is thrown, and the page stays
 * responsive while the extension works.
 *
 * How "responsive" is measured (tests/fixtures/pages/hostile-measure.js): the page's own work
 * runs in chunks of a few ms, so while the extension works any long stretch without a turn for
 * the page is the extension's, or the browser's rendering of what was added.
 * - Chromium: PerformanceObserver('longtask') is listed as supported but reported nothing in
 *   this headless Chromium, not even a 120 ms busy loop of the page's own (a positive control
 *   that failed), so it proves nothing here and is only printed. Long animation frames
 *   ('long-animation-frame') do work, and name the page's scripts that ran in them; a 120 ms
 *   task run in the content script's world shows as a frame that names no script and blocks
 *   for ~70 ms (checked after each run as a positive control). So: no frame that ran none of the
 *   page's scripts may block more than BLOCKING_MS (i.e. no task of ours over ~70 ms, render
 *   included), and the event-loop gap stays under LAG_BOUND_MS.
 * - Firefox has neither entry type, so there the bound is the event-loop lag alone: a
 *   setTimeout(0) probe notes the largest gap between its turns (positive control: a 120 ms
 *   task of the page's shows). A gap also holds a frame's style, layout and paint of what the
 *   page and we added, which is not our script's time, so the bound is looser than 50 ms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { fromExtension, openWatched, watchServiceWorker, type WatchedPage } from './hostile-support';
import { launchStoryBrowser, type StoryBrowser } from './page-story-support';

/** The page's own chunks stay under the long-task threshold, so long stretches are not the page's. */
const LONG_TASK_MS = 50;
/** Largest event-loop gap accepted where long tasks cannot be observed (Firefox): see above. */
const LAG_BOUND_MS = 150;

interface Measure {
  longTaskSupported: boolean;
  longTasks: [number, number][];
  gaps: [number, number][];
  maxGap: number;
  maxPageChunk: number;
  loafSupported: boolean;
  longFrames: { start: number; duration: number; blocking: number; scripts: [string, number][] }[];
}

/**
 * Positive control, after the measurement: a 120 ms task must show. Chromium: run in the content
 * script's own world, it must show as a long animation frame that names no page script (which is
 * how our own work would look). Firefox: a 120 ms task of the page's must show as a lag gap.
 */
async function controlSeen(watched: WatchedPage): Promise<boolean> {
  const busy = 'setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); })';
  if (watched.runInExtensionWorld) await watched.runInExtensionWorld(busy);
  else
    await watched.page.evaluate(() => {
      setTimeout(() => {
        const end = performance.now() + 120;
        while (performance.now() < end);
      });
    });
  await new Promise((r) => setTimeout(r, 500));
  return watched.page.evaluate(() => {
    const m = (window as unknown as { measure: Measure }).measure;
    return m.loafSupported ? m.longFrames.some((f) => f.blocking >= 60 && f.scripts.length === 0) : m.maxGap >= 110;
  });
}

/**
 * Frames that held the page up (blocking) and ran none of the page's scripts: ours, or the
 * browser's. LoAF's blockingDuration is the part of the frame's longest task plus rendering
 * beyond 50 ms, so a frame blocking more than BLOCKING_MS means a task over ~50 + BLOCKING_MS.
 */
const BLOCKING_MS = 20;
const notThePages = (m: Measure) => m.longFrames.filter((f) => f.blocking > BLOCKING_MS && f.scripts.every(([url]) => url.startsWith('chrome-extension:') || url === ''));

for (const launcher of browsers) {
  describe(`hostile page scale in ${launcher.name}`, () => {
    let server: FixtureServer;
    let browser: StoryBrowser;
    let workerErrors: (() => Promise<string[]>) | null;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchStoryBrowser(launcher);
      workerErrors = await watchServiceWorker(browser);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('badges every invite among 100,000 links without a long task', async () => {
      const watched = await openWatched(browser, `${server.origin}/hostile-many-links.html`);
      const { page, errors } = watched;
      const t0 = Date.now();
      await page.waitUntil(
        () => document.querySelectorAll('a.invite').length === 1000 && document.querySelectorAll('a.invite + invite-guard-badge').length === 1000,
        90_000,
      );
      const seconds = (Date.now() - t0) / 1000;
      const result = await page.evaluate(() => {
        const m = (window as unknown as { measure: Measure }).measure;
        const w = window as unknown as { insertStart: number; insertEnd: number };
        const levels: Record<string, number> = {};
        for (const b of document.querySelectorAll('a.invite + invite-guard-badge')) {
          const key = `${b.getAttribute('data-platform')}/${b.getAttribute('data-level')}`;
          levels[key] = (levels[key] ?? 0) + 1;
        }
        return {
          links: document.querySelectorAll('a').length,
          badges: document.querySelectorAll('invite-guard-badge').length,
          levels,
          insertMs: Math.round(w.insertEnd - w.insertStart),
          measure: { ...m, maxGap: Math.round(m.maxGap), maxPageChunk: Math.round(m.maxPageChunk) },
        };
      });
      console.log(
        `[${launcher.name}] 100k links: all badged ${seconds.toFixed(1)} s after load; page inserted them in ${result.insertMs} ms (longest page chunk ${result.measure.maxPageChunk} ms); ` +
          `long frames ${JSON.stringify(result.measure.longFrames)}; long tasks ${result.measure.longTaskSupported ? JSON.stringify(result.measure.longTasks) : 'not observable'}; max event-loop gap ${result.measure.maxGap} ms; gaps > 50 ms ${JSON.stringify(result.measure.gaps)}`,
      );
      expect(result.links).toBe(100_000);
      expect(result.badges).toBe(1000); // none on the 99,000 ordinary links
      expect(result.levels).toEqual({ 'jitsi/caution': 500, 'zoom/avoid': 500 });
      expect(result.measure.maxPageChunk).toBeLessThan(LONG_TASK_MS);
      if (result.measure.loafSupported) expect(notThePages(result.measure)).toEqual([]);
      expect(result.measure.maxGap).toBeLessThan(LAG_BOUND_MS);
      expect(await controlSeen(watched)).toBe(true);
      expect(fromExtension(errors)).toEqual([]);
      expect((await workerErrors?.()) ?? []).toEqual([]);
      await page.close();
    }, 150_000);

    it('keeps up with 10,000 mutations a second for 10 s, and badges an invite added at the end', async () => {
      const watched = await openWatched(browser, `${server.origin}/hostile-flood.html`);
      const { page, errors } = watched;
      await page.waitUntil(() => document.getElementById('pinned')?.nextElementSibling?.localName === 'invite-guard-badge');
      await page.waitUntil(() => (window as unknown as { finalAdded?: number }).finalAdded !== undefined, 30_000);
      const latencyMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const added = (window as unknown as { finalAdded: number }).finalAdded;
            const look = () =>
              document.getElementById('final')?.nextElementSibling?.getAttribute('data-level') === 'danger'
                ? resolve(Math.round(performance.now() - added))
                : setTimeout(look, 10);
            look();
          }),
      );
      const result = await page.evaluate(() => {
        const m = (window as unknown as { measure: Measure }).measure;
        const flood = (window as unknown as { flood: { mutations: number; ticks: number; maxTick: number } }).flood;
        // Every invite still in the feed carries its badge (the flood may have changed an href
        // a moment ago: those are judged anew, so only settled ones are counted).
        const feedInvites = [...document.querySelectorAll<HTMLAnchorElement>('#feed a')].filter((a) => /meet\.jit\.si|zoom\.us/.test(a.href));
        return {
          flood: { ...flood, maxTick: Math.round(flood.maxTick) },
          feedInvites: feedInvites.length,
          measure: { ...m, maxGap: Math.round(m.maxGap), maxPageChunk: Math.round(m.maxPageChunk) },
        };
      });
      await page.waitUntil(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('#feed a')]
          .filter((a) => /meet\.jit\.si|zoom\.us/.test(a.href))
          .every((a) => a.nextElementSibling?.localName === 'invite-guard-badge'),
      );
      console.log(
        `[${launcher.name}] flood: ${result.flood.mutations} mutations in ${result.flood.ticks} ticks (longest page tick ${result.flood.maxTick} ms); last invite badged ${latencyMs} ms after it was added; ` +
          `long frames ${JSON.stringify(result.measure.longFrames)}; long tasks ${result.measure.longTaskSupported ? JSON.stringify(result.measure.longTasks) : 'not observable'}; max event-loop gap ${result.measure.maxGap} ms; gaps > 50 ms ${JSON.stringify(result.measure.gaps)}`,
      );
      expect(result.flood.mutations).toBeGreaterThanOrEqual(50_000); // the page really flooded (2 cores: timers slip)
      expect(latencyMs).toBeLessThan(3_000);
      expect(result.feedInvites).toBeGreaterThan(0);
      if (result.measure.loafSupported) expect(notThePages(result.measure)).toEqual([]);
      expect(result.measure.maxGap).toBeLessThan(LAG_BOUND_MS);
      expect(await controlSeen(watched)).toBe(true);
      expect(fromExtension(errors)).toEqual([]);
      expect((await workerErrors?.()) ?? []).toEqual([]);
      await page.close();
    }, 90_000);
  });
}
