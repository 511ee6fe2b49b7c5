/**
 * The badge is a button: reached with Tab, it opens a card with the reasons on Enter (or a
 * click), and the card's "More in the popup" opens the popup's full check of that link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchStoryBrowser, type StoryBrowser } from './page-story-support';

for (const launcher of browsers) {
  describe(`badge card in ${launcher.name}`, () => {
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

    it('opens from the keyboard and leads to the popup with the link checked', async () => {
      const page = await browser.open(`${server.origin}/page-levels.html`);
      await page.waitUntil(() => document.getElementById('avoid')?.nextElementSibling?.localName === 'invite-guard-badge');
      await page.evaluate(() => document.getElementById('avoid')!.focus());
      await page.press('Tab');
      expect(await page.evaluate(() => document.activeElement === document.getElementById('avoid')!.nextElementSibling)).toBe(true);
      const tabs = await browser.openTabs();
      const popup = browser.nextNewTab();
      await page.press('Enter'); // opens the card; its "More in the popup" takes the focus
      await page.settle();
      await page.press('Enter');
      expect(await popup).toBe(browser.harness.extensionUrl(`popup.html#check=${encodeURIComponent('https://zoom.us/j/912345678')}`));
      expect(await browser.openTabs()).toBe(tabs + 1);
      await page.close();
    });

    it("clicking the badge neither follows the link nor reaches the page's click handlers", async () => {
      const page = await browser.open(`${server.origin}/page-click-warning.html`);
      await page.waitUntil(() => document.getElementById('ok')?.nextElementSibling?.localName === 'invite-guard-badge');
      const before = page.url();
      await page.click('#ok + invite-guard-badge');
      await page.press('Escape');
      expect(page.url()).toBe(before);
      expect(await page.evaluate(() => (window as unknown as { pageSaw: string[] }).pageSaw)).toEqual([]);
      await page.close();
    });
  });
}
