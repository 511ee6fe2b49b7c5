/**
 * The popup for the tab it was opened on: a meeting tab's card, the invite links found on a page
 * (grouped by verdict, the dangerous ones first, each link named by what it is and opening its card), a short note when there are none, and "pause"
 * and "turn off" for the tab's site. The popup page is opened in a tab with `#tab=<id>`.
 *
 * Seeded stories write the background's report (`tabReport:<id>` in storage.session) for a tab
 * that shows an extension page, where no content script can overwrite it. The "real flow"
 * stories let the content script and the background write it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { ExtensionBrowser, TestPage } from './harness/types';
import {
  openExtensionPage,
  screenshotPath,
  storageGet,
  storageSet,
  tabOpenedBefore,
  textOf,
  waitForSelector,
  waitForStorage,
  waitForText,
} from './popup-story-support';

const MEETING = 'https://meet.google.com/abc-defg-hij';
const INBOX = 'https://mail.example.org/inbox';

const meetingReport = {
  url: MEETING,
  meeting: {
    platform: 'google-meet',
    platformName: 'Google Meet',
    name: 'Google Meet',
    level: 'caution',
    label: 'Google Meet meeting link — take care',
    reasons: ['Ordinary Google Meet meetings are encrypted only to Google’s servers.'],
    target: MEETING,
  },
  links: [],
};

const linksReport = {
  url: INBOX,
  meeting: null,
  links: [
    { url: 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789', platform: 'signal', level: 'ok' },
    { url: 'https://zoom.us/j/1234567890', platform: 'zoom', level: 'avoid' },
    { url: 'https://meet.jit.si/SolidarityKitchenPlanning', platform: 'jitsi', level: 'caution' },
    { url: 'https://meet.google.com-join.us/abc-defg-hij', platform: 'google-meet', level: 'danger' },
    { url: 'https://us02web.zoom.us/j/81234567890', platform: 'zoom', level: 'avoid' },
    // A device-link lure beside a genuine Signal group link (issue 12): the lure is dangerous, the group is not.
    { url: 'sgnl://linkdevice?uuid=x&pub_key=y', platform: 'signal', level: 'danger' },
  ],
};

for (const { name, launch } of browsers) {
  describe(`popup for a tab in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** A tab standing for "the page" (an extension page: no content script rewrites its report), with a seeded report. */
    async function seededTab(report: object): Promise<{ popup: TestPage; stand: TestPage }> {
      const stand = await openExtensionPage(browser, 'popup.html');
      const popup = await openExtensionPage(browser, 'popup.html');
      const tabId = await tabOpenedBefore(popup);
      await storageSet(popup, 'session', { [`tabReport:${tabId}`]: report });
      await popup.setViewport(380, 760);
      await popup.goto(browser.extensionUrl(`popup.html#tab=${tabId}`));
      return { popup, stand };
    }

    it('a meeting tab: that meeting’s card (report seeded)', async () => {
      const meeting = await browser.newPage();
      await meeting.goto(MEETING);
      const popup = await openExtensionPage(browser, 'popup.html');
      const tabId = await tabOpenedBefore(popup);
      // The same report the background writes for this tab: seeding only removes the wait.
      await storageSet(popup, 'session', { [`tabReport:${tabId}`]: meetingReport });
      await popup.goto(browser.extensionUrl(`popup.html#tab=${tabId}`));
      await waitForSelector(popup, '.card[data-level="caution"]');
      expect(await textOf(popup, '.card h2')).toBe('Google Meet · meeting link');
      expect(await textOf(popup, '.card .reasons')).toMatch(/Google/);
      expect(await textOf(popup, '.site-controls h2')).toBe('On meet.google.com');
      await popup.close();
      await meeting.close();
    });

    it('a meeting tab: the real flow (content script → background → storage.session → popup)', async () => {
      const meeting = await browser.newPage();
      await meeting.goto(MEETING);
      const popup = await openExtensionPage(browser, 'popup.html');
      const tabId = await tabOpenedBefore(popup);
      await waitForStorage(popup, 'session', (v) => (v[`tabReport:${tabId}`] as { meeting?: unknown } | undefined)?.meeting != null, 15_000);
      await popup.goto(browser.extensionUrl(`popup.html#tab=${tabId}`));
      await waitForSelector(popup, '.card[data-platform="google-meet"]');
      expect(await textOf(popup, '.card .level-tag')).toContain('Take care');
      await popup.close();
      await meeting.close();
    });

    it('a page with links: grouped by verdict, the dangerous first, each link its own row named by what it is; each opens its card', async () => {
      const { popup, stand } = await seededTab(linksReport);
      await waitForSelector(popup, '.page-links');
      const groups = await popup.evaluate(() =>
        Array.from(document.querySelectorAll('.page-links .group')).map((g) => [
          g.getAttribute('data-level'),
          g.querySelector('.group-head .level-tag')?.getAttribute('data-level'),
          Array.from(g.querySelectorAll('.link-row')).map((row) => [
            row.querySelector('.name')?.textContent,
            row.getAttribute('data-level'),
            row.querySelector('.sign')?.className,
          ]),
        ]),
      );
      expect(groups).toEqual([
        [
          'danger',
          'danger',
          [
            ['Imitation of Google Meet — not Google Meet', 'danger', 'sign danger stop'],
            ['Links a new device to your Signal account', 'danger', 'sign danger stop'],
          ],
        ],
        [
          'avoid',
          'avoid',
          [
            ['Zoom', 'avoid', 'sign avoid'],
            ['Zoom', 'avoid', 'sign avoid'],
          ],
        ],
        ['caution', 'caution', [['Jitsi Meet', 'caution', 'sign caution']]],
        ['ok', 'ok', [['Signal', 'ok', 'sign ok']]],
      ]);
      // The same glyph as the page's badge, in the same stop shape.
      expect(await popup.evaluate(() => document.querySelector('.group[data-level="danger"] .level-tag .sign')?.textContent)).toBe('✖');
      expect(await popup.evaluate(() => getComputedStyle(document.querySelector('.group[data-level="danger"] .level-tag .sign')!).clipPath)).toMatch(
        /^polygon\(/,
      );
      expect(await popup.evaluate(() => document.querySelector('.link-row')?.getAttribute('aria-label'))).toMatch(
        /^Imitation of Google Meet — not Google Meet: \u2066?meet\.google\.com-join\.us.* — Dangerous; show details$/,
      );
      if (name === 'chromium') await popup.screenshotPage(screenshotPath('popup-page-links'), { fullPage: false });

      await popup.click('.link-row[data-platform="zoom"]');
      await waitForSelector(popup, '.card[data-platform="zoom"]');
      expect(await textOf(popup, '.card .level-tag')).toContain('Not recommended');
      await popup.click('button.back');
      await waitForSelector(popup, '.page-links');
      await popup.click('.link-row[data-platform="signal"][data-level="danger"]');
      await waitForSelector(popup, '.card[data-level="danger"]');
      expect(await textOf(popup, '.card h2')).toBe('Links a new device to your Signal account');
      await popup.close();
      await stand.close();
    });

    it('keyboard: Settings, then each link in order; Enter opens its card', async () => {
      const { popup, stand } = await seededTab(linksReport);
      await waitForSelector(popup, '.page-links');
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await popup.press('Tab');
      expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
      await popup.press('Tab');
      const first = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { cls: el.className, outline: getComputedStyle(el).outlineStyle };
      });
      expect(first).toEqual({ cls: 'link-row level-danger', outline: 'solid' });
      await popup.press('Enter');
      await waitForSelector(popup, '.card[data-level="danger"]');
      // Focus moves to the card's heading right after it renders: wait for that state.
      await popup.waitUntil(() => document.activeElement?.id === 'card-title');
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('card-title');
      await popup.close();
      await stand.close();
    });

    it('a page with links: the real flow', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/popup-links.html`);
      const popup = await openExtensionPage(browser, 'popup.html');
      const tabId = await tabOpenedBefore(popup);
      await waitForStorage(popup, 'session', (v) => ((v[`tabReport:${tabId}`] as { links?: unknown[] } | undefined)?.links?.length ?? 0) >= 4, 15_000);
      await popup.goto(browser.extensionUrl(`popup.html#tab=${tabId}`));
      await waitForSelector(popup, '.page-links');
      const rows = await popup.evaluate(() =>
        Array.from(document.querySelectorAll('.page-links .link-row')).map((r) => [r.getAttribute('data-level'), r.querySelector('.name')?.textContent]),
      );
      expect(rows).toEqual([
        ['danger', 'Imitation of Google Meet — not Google Meet'],
        ['avoid', 'Zoom'],
        ['caution', 'Jitsi Meet'],
        ['ok', 'Signal'],
      ]);
      await popup.close();
      await page.close();
    });

    it('nothing found: a short note and the check field', async () => {
      const { popup, stand } = await seededTab({ url: INBOX, meeting: null, links: [] });
      await waitForText(popup, 'main .note', 'No invite links found on this page');
      expect(await popup.evaluate(() => document.querySelector('#check-input') !== null)).toBe(true);
      await popup.close();
      await stand.close();
    });

    it('"Pause on this site for 1 hour" and "Turn off on this site", then undo each', async () => {
      const { popup, stand } = await seededTab({ url: INBOX, meeting: null, links: [] });
      await waitForText(popup, '.site-controls h2', 'On mail.example.org');
      const before = Date.now();
      await popup.click('.site-controls button:first-of-type');
      const paused = await waitForStorage(
        popup,
        'local',
        (v) => typeof (v.pausedSites as Record<string, number> | undefined)?.['mail.example.org'] === 'number',
      );
      const after = Date.now();
      // One hour from the click, which happened between `before` and `after` (the same clock;
      // a second's slack for browsers that coarsen their timers).
      const until = (paused.pausedSites as Record<string, number>)['mail.example.org']!;
      expect(until).toBeGreaterThanOrEqual(before + 3_600_000 - 1_000);
      expect(until).toBeLessThanOrEqual(after + 3_600_000);
      await waitForText(popup, '.site-controls', 'Paused on mail.example.org until');
      await popup.click('.site-controls button');
      await waitForStorage(popup, 'local', (v) => Object.keys((v.pausedSites as object | undefined) ?? {}).length === 0);

      await waitForText(popup, '.site-controls', 'Turn off on this site');
      await popup.click('.site-controls .buttons button:nth-of-type(2)');
      await waitForStorage(popup, 'local', (v) => JSON.stringify(v.sitesOff) === '["mail.example.org"]');
      await waitForText(popup, '.site-controls', 'Turned off on mail.example.org');
      await popup.click('.site-controls button');
      await waitForStorage(popup, 'local', (v) => JSON.stringify(v.sitesOff) === '[]');
      expect(await storageGet(popup, 'local', ['trustedServers'])).toEqual({});
      await popup.close();
      await stand.close();
    });
  });
}
