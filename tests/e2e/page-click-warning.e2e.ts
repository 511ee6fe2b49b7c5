/**
 * Clicking a dangerous link first asks, in a dialog the page cannot see into: "Go back" (or
 * Escape) stays on the page with focus back on the link; "Open anyway" goes exactly where the
 * click would have: the same tab, a new tab for target=_blank, Ctrl+click and middle click, a
 * new window for Shift+click.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';

const LOOKALIKE = 'https://zoom.us.join-meeting.example/j/';

for (const launcher of browsers) {
  describe(`click warning in ${launcher.name}`, () => {
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

    async function openFixture(): Promise<StoryPage> {
      const page = await browser.open(`${server.origin}/page-click-warning.html`);
      await page.waitUntil(() => document.querySelectorAll('invite-guard-badge').length === 4);
      return page;
    }

    const dialogShown = (page: StoryPage) => page.waitUntil(() => document.querySelector('invite-guard-warning') !== null);
    const chooseOpenAnyway = async (page: StoryPage) => {
      // "Go back" has the focus: one Tab to "Open anyway".
      await page.press('Tab');
      await page.press('Enter');
    };

    it('asks before a lookalike opens; Escape stays, with focus back on the link and the page none the wiser', async () => {
      const page = await openFixture();
      const before = page.url();
      await page.click('#lookalike');
      await dialogShown(page);
      expect(await page.evaluate(() => document.activeElement?.localName)).toBe('invite-guard-warning');
      await page.press('Escape');
      await page.waitUntil(() => document.querySelector('invite-guard-warning') === null);
      expect(page.url()).toBe(before);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('lookalike');
      expect(await page.evaluate(() => (window as unknown as { pageSaw: string[] }).pageSaw)).toEqual([]);
      await page.close();
    });

    it('keeps the focus inside the dialog, and "Go back" stays on the page', async () => {
      const page = await openFixture();
      const before = page.url();
      await page.click('#lookalike');
      await dialogShown(page);
      for (let i = 0; i < 5; i++) {
        await page.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.localName)).toBe('invite-guard-warning');
      }
      await page.press('Shift+Tab'); // back to "Go back" after an odd number of Tabs
      await page.press('Enter');
      await page.waitUntil(() => document.querySelector('invite-guard-warning') === null);
      expect(page.url()).toBe(before);
      await page.close();
    });

    it('"Open anyway" follows the link in the same tab', async () => {
      const page = await openFixture();
      await page.click('#lookalike');
      await dialogShown(page);
      await chooseOpenAnyway(page);
      await page.waitForUrl((url) => url === `${LOOKALIKE}1`);
      await page.close();
    });

    it('"Open anyway" opens a new tab for target=_blank and leaves this one', async () => {
      const page = await openFixture();
      const before = page.url();
      const tabs = await browser.openTabs();
      const newTab = browser.nextNewTab();
      await page.click('#lookalike-blank');
      await dialogShown(page);
      expect(await browser.openTabs()).toBe(tabs); // the click itself opened nothing
      await chooseOpenAnyway(page);
      expect(await newTab).toBe(`${LOOKALIKE}2`);
      expect(page.url()).toBe(before);
      await page.close();
    });

    for (const [how, options] of [
      ['Ctrl+click', { modifiers: ['Control'] }],
      ['a middle click', { button: 'middle' }],
      ['Shift+click (a new window)', { modifiers: ['Shift'] }],
    ] as const) {
      it(`"Open anyway" after ${how} opens the link anew and leaves this tab`, async () => {
        const page = await openFixture();
        const before = page.url();
        const tabs = await browser.openTabs();
        const newTab = browser.nextNewTab();
        await page.click('#lookalike', options);
        await dialogShown(page);
        expect(await browser.openTabs()).toBe(tabs); // the click itself opened nothing
        await chooseOpenAnyway(page);
        expect(await newTab).toBe(`${LOOKALIKE}1`);
        expect(page.url()).toBe(before);
        await page.close();
      });
    }

    it('does not stand between the person and a link that is only not recommended (unless asked)', async () => {
      const page = await openFixture();
      await page.click('#avoid');
      await page.waitForUrl((url) => url === 'https://zoom.us/j/912345678');
      await page.close();
    });

    it('warns before a not-recommended link when the person turned that on', async () => {
      await browser.setSettings({ warnOnAvoid: true, pageBadges: 'warnings' });
      try {
        const page = await browser.open(`${server.origin}/page-click-warning.html`);
        await page.waitUntil(() => document.getElementById('avoid')?.nextElementSibling?.localName === 'invite-guard-badge');
        // Badges on warnings only: none on the safe link.
        expect(await page.evaluate(() => document.getElementById('ok')?.nextElementSibling)).toBeNull();
        await page.click('#avoid');
        await dialogShown(page);
        await page.press('Escape');
        await page.close();
      } finally {
        await browser.setSettings({ warnOnAvoid: false, pageBadges: 'all' });
      }
    });

    it('still warns with badges switched off (quiet mode is the setting that changes nothing)', async () => {
      await browser.setSettings({ pageBadges: 'none' });
      try {
        const page = await browser.open(`${server.origin}/page-click-warning.html`);
        // Judged once the toolbar counts the risky links (the page itself shows nothing).
        await expect.poll(() => browser.toolbarTexts(), { timeout: 10_000 }).toContain('3');
        expect(await page.evaluate(() => document.querySelectorAll('invite-guard-badge').length)).toBe(0);
        await page.click('#lookalike');
        await dialogShown(page);
        await page.press('Escape');
        await page.close();
      } finally {
        await browser.setSettings({ pageBadges: 'all' });
      }
    });
  });
}
