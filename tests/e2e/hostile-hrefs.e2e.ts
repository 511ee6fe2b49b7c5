/**
 * Hostile pages, part 3: links whose destinations are strange — a 2 MB href, javascript:, data:
 * and blob: hrefs, an invite behind 20 nested redirect wrappers. No badge where none belongs,
 * nothing thrown, the page keeps working, and the page's real invites are still badged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { fromExtension, openWatched, watchServiceWorker } from './hostile-support';
import { launchStoryBrowser, type StoryBrowser } from './page-story-support';

const IDS = ['js', 'data', 'blob', 'huge', 'huge-invite', 'wrapped-20', 'wrapped-12', 'caution', 'danger'];

for (const launcher of browsers) {
  describe(`strange link destinations in ${launcher.name}`, () => {
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

    it('badges only what belongs, throws nothing, and leaves the page working', async () => {
      const { page, errors } = await openWatched(browser, `${server.origin}/hostile-hrefs.html`);
      await page.waitUntil(
        () => ['caution', 'danger', 'wrapped-12'].every((id) => document.getElementById(id)?.nextElementSibling?.localName === 'invite-guard-badge'),
        15_000,
      );
      // The strange ones were found with the others; a link added after them all is judged after
      // them (one queue, answered in order), so once it has its badge no verdict is still to come.
      await page.evaluate(() => {
        const sentinel = document.createElement('a');
        sentinel.id = 'sentinel';
        sentinel.href = 'https://meet.jit.si/SentinelRoom';
        sentinel.textContent = 'added last';
        document.body.append(sentinel);
      });
      await page.waitUntil(() => document.getElementById('sentinel')?.nextElementSibling?.localName === 'invite-guard-badge', 15_000);
      const badges = await page.evaluateWith(
        (ids) =>
          Object.fromEntries(
            ids.map((id) => {
              const badge = document.getElementById(id)?.nextElementSibling;
              return [id, badge?.localName === 'invite-guard-badge' ? `${badge.getAttribute('data-platform')}/${badge.getAttribute('data-level')}` : null];
            }),
          ),
        IDS,
      );
      expect(badges).toEqual({
        js: null,
        data: null,
        blob: null,
        huge: null,
        // Known gap, kept visible: the background refuses hrefs over 16 KB, so the content script
        // does not send them, and a padded invite (or lookalike) gets no badge and no warning.
        'huge-invite': null,
        // The recogniser unwraps at most 12 layers (src/recognise/unwrap-redirects.ts): deeper
        // is not an invite to it, exactly as the CLI says. Within 12 layers the lookalike is found.
        'wrapped-20': null,
        'wrapped-12': 'zoom/danger',
        caution: 'jitsi/caution',
        danger: 'zoom/danger',
      });

      // The page still works: its timer ticks, its button counts, and its javascript: link runs.
      const ticks = await page.evaluate(() => (window as unknown as { ticks: number }).ticks);
      await page.click('#counter');
      await page.click('#js');
      await page.waitUntil(() => (window as unknown as { jsRan?: boolean }).jsRan === true);
      expect(await page.evaluate(() => document.getElementById('counter')!.textContent)).toBe('1');
      await page.waitUntilWith((before) => (window as unknown as { ticks: number }).ticks > before + 5, ticks);

      expect(fromExtension(errors)).toEqual([]);
      expect((await workerErrors?.()) ?? []).toEqual([]);
      await page.close();
    });
  });
}
