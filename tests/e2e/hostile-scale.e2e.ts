/**
 * Hostile pages, part 2: size and churn. A page of 100,000 links (1% invites) and a page that
 * makes 100,000 mutations (about 10,000 a second). Every invite gets its badge (the last one
 * added to the flood too), nothing is thrown, and the page keeps getting its turns while the
 * extension works.
 *
 * What is asserted does not depend on how busy the machine is: counts, not durations
 * (tests/fixtures/pages/hostile-measure.js). The page's own setTimeout(0) probe counts its turns,
 * and a page-side MutationObserver notes the probe's count whenever badges appear: badges that
 * arrive at many different counts were added by many separate tasks of the extension with the
 * page's turns between them, i.e. the work was sliced and yielded. A single long task would add
 * them all at one count. How long those stretches took (event-loop gaps, long animation frames,
 * the last badge's latency) is printed here and measured against its goals by `npm run bench`
 * (tests/bench/page-responsiveness.ts): on a loaded CI machine a duration says more about the
 * machine than about the extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { fromExtension, openWatched, watchServiceWorker, type Measure } from './hostile-support';
import { launchStoryBrowser, type StoryBrowser } from './page-story-support';

/**
 * The page inserts its 100,000 links over 8 to 14 s, in 500 tasks. Badges are made in slices and
 * put in together (at most 1,024 per task, issue 12), and those found early go in within about a
 * second (link-scanner.ts, MAX_WRITE_WAIT_MS), so they arrive in several rounds while the page is
 * still inserting. One round would mean the extension waited for the whole page. (Was 5 before
 * badges went in together: a loaded CI machine, whose judge answers came late, saw 4.)
 */
const MIN_BADGE_TURNS = 2;

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

    it("badges every invite among 100,000 links in many small tasks, between the page's own", async () => {
      const watched = await openWatched(browser, `${server.origin}/hostile-many-links.html`);
      const { page, errors } = watched;
      const t0 = Date.now();
      await page.waitUntil(
        () => document.querySelectorAll('a.invite').length === 1000 && document.querySelectorAll('a.invite + invite-guard-badge').length === 1000,
        120_000,
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
          insertDone: w.insertEnd !== undefined,
          insertMs: Math.round(w.insertEnd - w.insertStart),
          measure: { ...m, maxGap: Math.round(m.maxGap), maxPageChunk: Math.round(m.maxPageChunk) },
        };
      });
      console.log(
        `[${launcher.name}] 100k links: all badged ${seconds.toFixed(1)} s after load; page inserted them in ${result.insertMs} ms (longest page chunk ${result.measure.maxPageChunk} ms); ` +
          `badges added in ${result.measure.badgeTicks.length} distinct page turns of ${result.measure.ticks}; long frames ${JSON.stringify(result.measure.longFrames)}; long tasks ${result.measure.longTaskSupported ? JSON.stringify(result.measure.longTasks) : 'not observable'}; max event-loop gap ${result.measure.maxGap} ms; gaps > 50 ms ${JSON.stringify(result.measure.gaps)}`,
      );
      expect(result.links).toBe(100_000);
      expect(result.badges).toBe(1000); // none on the 99,000 ordinary links
      expect(result.levels).toEqual({ 'jitsi/caution': 500, 'zoom/avoid': 500 });
      expect(result.insertDone).toBe(true); // the page finished its own 500 tasks of insertion
      expect(result.measure.badgeTicks.length).toBeGreaterThanOrEqual(MIN_BADGE_TURNS);
      expect(fromExtension(errors)).toEqual([]);
      expect((await workerErrors?.()) ?? []).toEqual([]);
      await page.close();
    }, 180_000);

    it('keeps up with 100,000 mutations at about 10,000 a second, and badges an invite added at the end', async () => {
      const watched = await openWatched(browser, `${server.origin}/hostile-flood.html`);
      const { page, errors } = watched;
      await page.waitUntil(() => document.getElementById('pinned')?.nextElementSibling?.localName === 'invite-guard-badge', 30_000);
      await page.waitUntil(() => (window as unknown as { finalAdded?: number }).finalAdded !== undefined, 90_000);
      const latencyMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const added = (window as unknown as { finalAdded: number }).finalAdded;
            const giveUp = performance.now() + 60_000;
            const look = () =>
              document.getElementById('final')?.nextElementSibling?.getAttribute('data-level') === 'danger'
                ? resolve(Math.round(performance.now() - added))
                : performance.now() > giveUp
                  ? resolve(-1)
                  : setTimeout(look, 10);
            look();
          }),
      );
      expect(latencyMs, 'the invite added after the flood never got its danger badge').toBeGreaterThanOrEqual(0);
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
          `badges added in ${result.measure.badgeTicks.length} distinct page turns of ${result.measure.ticks}; ` +
          `long frames ${JSON.stringify(result.measure.longFrames)}; long tasks ${result.measure.longTaskSupported ? JSON.stringify(result.measure.longTasks) : 'not observable'}; max event-loop gap ${result.measure.maxGap} ms; gaps > 50 ms ${JSON.stringify(result.measure.gaps)}`,
      );
      expect(result.flood.mutations).toBe(100_000); // the page really flooded
      expect(result.feedInvites).toBeGreaterThan(0);
      expect(result.measure.badgeTicks.length).toBeGreaterThanOrEqual(MIN_BADGE_TURNS);
      expect(fromExtension(errors)).toEqual([]);
      expect((await workerErrors?.()) ?? []).toEqual([]);
      await page.close();
    }, 180_000);
  });
}
