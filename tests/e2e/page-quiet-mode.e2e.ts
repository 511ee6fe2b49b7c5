/**
 * Quiet mode, and a site switched off: the extension changes nothing in the page (a hostile page
 * comparing its DOM learns nothing), while the toolbar still counts the risky links. Leaving
 * quiet mode brings the badges; entering it again takes them away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';

const unchanged = (page: StoryPage) =>
  page.evaluate(() => ({
    same: document.documentElement.outerHTML === (window as unknown as { parsedHtml: string }).parsedHtml,
    badges: document.querySelectorAll('invite-guard-badge').length,
  }));

for (const launcher of browsers) {
  describe(`quiet mode in ${launcher.name}`, () => {
    let server: FixtureServer;
    let browser: StoryBrowser;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchStoryBrowser(launcher);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('changes nothing in the page, yet the toolbar counts its risky links', async () => {
      await browser.setSettings({ quietMode: true });
      const page = await browser.open(`${server.origin}/page-quiet.html`);
      // The content script has judged and reported the page once the toolbar counts its links.
      await expect.poll(() => browser.toolbarTexts(), { timeout: 10_000 }).toContain('2');
      expect(await unchanged(page)).toEqual({ same: true, badges: 0 });

      // Clicking the lookalike shows no dialog either: the page decides, as if we were not there.
      await browser.setSettings({ quietMode: false });
      await page.waitUntil(() => document.querySelectorAll('invite-guard-badge').length === 3);
      await browser.setSettings({ quietMode: true });
      await page.waitUntil(() => document.querySelectorAll('invite-guard-badge').length === 0);
      await page.click('#danger');
      await page.waitForUrl((url) => url.startsWith('https://zoom.us.join-meeting.example/'));
      await page.close();
      await browser.setSettings({ quietMode: false });
    });

    it('changes nothing on a site the person switched off', async () => {
      await browser.setSettings({ sitesOff: ['127.0.0.1'] });
      const page = await browser.open(`${server.origin}/page-quiet.html`);
      await expect.poll(() => browser.toolbarTexts(), { timeout: 10_000 }).toContain('2');
      expect(await unchanged(page)).toEqual({ same: true, badges: 0 });
      await page.close();
      await browser.setSettings({ sitesOff: [] });
    });
  });
}
