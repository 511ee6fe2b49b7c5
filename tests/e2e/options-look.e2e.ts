/**
 * The options page at a glance: every section there, the look (light, dark, or the system's)
 * chosen and applied at once, keyboard order and a visible focus, each control labelled,
 * choices that change storage.local. The Chromium run writes docs/screenshots/options-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import type { ExtensionBrowser, TestPage } from './harness/types';
import { openExtensionPage, screenshotPath, storageClear, storageGet, storageSet, waitForSelector, waitForStorage } from './popup-story-support';

for (const { name, launch } of browsers) {
  describe(`options: look and controls in ${name}`, () => {
    let browser: ExtensionBrowser;
    let options: TestPage;

    beforeAll(async () => {
      browser = await launch();
      options = await openExtensionPage(browser, 'options.html');
      await storageClear(options, 'local');
      await storageSet(options, 'local', {
        trustedServers: [
          { host: 'meet.systemli.org', platform: 'jitsi' },
          { host: 'xn--bcher-kva.example', platform: 'bigbluebutton' },
        ],
        sitesOff: ['mail.example.org'],
      });
      await options.setViewport(900, 1000);
      await options.goto(browser.extensionUrl('options.html'));
      await waitForSelector(options, '#server-input');
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('has every section, each control with a label', async () => {
      const headings = await options.evaluate(() => Array.from(document.querySelectorAll('main h2')).map((h) => h.textContent));
      expect(headings).toEqual(['Trusted servers', 'In pages', 'Sites where nothing is changed', 'Look', 'Share or back up your settings']);
      const unlabelled = await options.evaluate(() =>
        Array.from(document.querySelectorAll('input, select, button'))
          .filter((el) => {
            const labelled = el.id && document.querySelector(`label[for="${el.id}"]`);
            return !labelled && !el.getAttribute('aria-label') && !(el.textContent ?? '').trim();
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unlabelled).toEqual([]);
      if (name === 'chromium') await options.screenshotPage(screenshotPath('options-page'));
    });

    it('keyboard: the first Tab reaches the server field, with a visible focus ring', async () => {
      await options.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await options.press('Tab');
      const focus = await options.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { id: el.id, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(focus).toEqual({ id: 'server-input', outline: 'solid', width: 3 });
      await options.press('Tab');
      expect(await options.evaluate(() => document.activeElement?.id)).toBe('server-platform');
    });

    it('badge mode, click warning and quiet mode are stored as they are chosen', async () => {
      await options.click('#badges-warnings');
      await waitForStorage(options, 'local', (v) => v.pageBadges === 'warnings');
      await options.click('#warn-on-avoid');
      await waitForStorage(options, 'local', (v) => v.warnOnAvoid === true);
      await options.click('#quiet-mode');
      await waitForStorage(options, 'local', (v) => v.quietMode === true);
      expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('#warn-on-avoid')?.disabled)).toBe(true);
      await options.click('#quiet-mode');
      await waitForStorage(options, 'local', (v) => v.quietMode === false);
    });

    it('sites where nothing is changed: add by link, refuse bad input, remove', async () => {
      await options.fill('#site-input', 'https://forum.example.org/t/123');
      await options.click('#site-add');
      await waitForStorage(options, 'local', (v) => JSON.stringify(v.sitesOff) === '["mail.example.org","forum.example.org"]');
      const before = await storageGet(options, 'local');
      await options.fill('#site-input', 'javascript:alert(1)');
      await options.click('#site-add');
      await waitForSelector(options, '#site-problem');
      expect(await storageGet(options, 'local')).toEqual(before);
      await options.click('.sites-list li[data-host="forum.example.org"] button');
      await waitForStorage(options, 'local', (v) => JSON.stringify(v.sitesOff) === '["mail.example.org"]');
    });

    it('dark, light, or the system’s look, applied at once in the options and the popup', async () => {
      await options.click('#theme-dark');
      await waitForStorage(options, 'local', (v) => v.theme === 'dark');
      await options.waitUntil(() => document.documentElement.dataset.theme === 'dark');
      const dark = await options.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      expect(dark).toBe('rgb(23, 25, 28)');
      if (name === 'chromium') await options.screenshotPage(screenshotPath('options-dark'), { fullPage: false });

      const popup = await browser.newPage();
      await popup.setViewport(380, 760);
      await popup.goto(browser.extensionUrl(`popup.html#check=${encodeURIComponent('https://meet.jit.si/yoga')}`));
      await popup.waitUntil(() => document.documentElement.dataset.theme === 'dark' && document.querySelector('.card') !== null);
      if (name === 'chromium') await popup.screenshotPage(screenshotPath('popup-jitsi-dark'), { fullPage: false });

      await options.click('#theme-light');
      await popup.waitUntil(() => document.documentElement.dataset.theme === 'light');
      expect(await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(251, 250, 248)');
      await options.click('#theme-system');
      await waitForStorage(options, 'local', (v) => v.theme === 'system');
      await popup.close();
    });
  });
}
