/**
 * QR codes (issue 15): a bulletin page shows two codes, a genuine Signal group invite and a lure
 * whose code links a new device to the scanner's Signal account. The toolbar popup's "Check QR
 * codes on this page" lists both with their levels; the image context menu's "Check this QR code"
 * lists the one image chosen; a screenshot pasted or dropped into the popup is read too. Nothing
 * is fetched again from the page's server, and nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { ChromiumExtensionBrowser } from './harness/chromium';
import type { ExtensionBrowser, TestPage, ToolbarPopup } from './harness/types';
import { checkQrCodesInPopup, giveFile, screenshotPath, textOf, waitForImages, waitForSelector, type GivenFile } from './popup-story-support';

const DEVICE_LINK = '.qr-check .link-row[data-level="danger"][data-platform="signal"]';
const GROUP = '.qr-check .link-row[data-level="ok"][data-platform="signal"]';

/** The rows the QR section lists: level, platform and name of each. */
const rowsIn = () =>
  [...document.querySelectorAll<HTMLElement>('.qr-check .link-row')].map((row) => ({
    level: row.dataset.level,
    platform: row.dataset.platform,
    name: row.querySelector('.name')?.textContent,
  }));

const DEVICE_ROW = { level: 'danger', platform: 'signal', name: 'Links a new device to your Signal account' };
const GROUP_ROW = { level: 'ok', platform: 'signal', name: 'Signal' };

const base64Of = (file: string) => readFileSync(`tests/fixtures/pages/${file}`).toString('base64');

for (const { name, launch } of browsers) {
  describe(`QR codes in ${name}`, () => {
    let server: FixtureServer;
    let browser: ExtensionBrowser;
    let page: TestPage;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launch();
      page = await browser.newPage();
      await page.goto(`${server.origin}/qr-invites.html`);
      await waitForImages(page);
    });

    afterAll(async () => {
      await browser.close();
      await server.close();
    });

    it('the toolbar popup checks the QR codes the tab shows: the device-link lure is dangerous and says what it does, the group invite is fine', async () => {
      const popup: ToolbarPopup = await browser.openToolbarPopup(page);
      try {
        await checkQrCodesInPopup(popup);
        await popup.waitUntilWith((selectors) => selectors.every((s) => document.querySelector(s) !== null), [DEVICE_LINK, GROUP]);
        expect(await popup.evaluateWith(rowsIn, null)).toEqual([DEVICE_ROW, GROUP_ROW]);
        // Screen readers hear the count when the check is done.
        expect(await popup.evaluateWith(() => document.querySelector('.qr-result[role="status"]')?.textContent, null)).toBe('QR codes found: 2');
        expect(await popup.evaluateWith(() => document.querySelector('#qr-results-title')?.textContent, null)).toBe('Invite links in QR codes on this page');
        if (name === 'chromium') await popup.screenshot?.(screenshotPath('popup-qr-codes'));
        // The lure's row opens its card, which says what scanning it would do.
        await popup.evaluateWith((selector) => document.querySelector<HTMLButtonElement>(selector)!.click(), DEVICE_LINK);
        await popup.waitUntilWith(() => document.querySelector('.card[data-level="danger"]') !== null, null);
        expect(await popup.evaluateWith(() => document.querySelector('.card')?.textContent ?? '', null)).toContain('links a new device to a Signal account');
        expect(await popup.evaluateWith(() => document.querySelector('.from-qr')?.textContent ?? '', null)).toContain(
          'scanning the code with the app does what opening this link does',
        );
      } finally {
        await popup.close();
      }
    });

    it('on a page without QR codes the popup says so, and that a code partly on screen cannot be read', async () => {
      const plain = await browser.newPage();
      await plain.goto(`${server.origin}/page-levels.html`);
      const popup = await browser.openToolbarPopup(plain);
      try {
        await checkQrCodesInPopup(popup);
        await popup.waitUntilWith(() => document.querySelector('.qr-none') !== null, null);
        expect(await popup.evaluateWith(() => document.querySelector('.qr-none')?.textContent, null)).toContain('scroll until all of it shows');
        expect(await popup.evaluateWith(() => document.querySelectorAll('.qr-check .link-row').length, null)).toBe(0);
      } finally {
        await popup.close();
        await plain.close();
      }
    });

    if (name === 'chromium') {
      it('the "Check this QR code" item exists (Chromium’s stand-in for the menu dispatches its click)', async () => {
        // chrome.contextMenus has no getter: updating an item succeeds only when it exists.
        const worker = (browser as ChromiumExtensionBrowser).serviceWorker;
        const update = (id: string) =>
          worker.evaluate(async (id) => {
            const menus = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, p: object): Promise<void> } } }).chrome.contextMenus;
            return menus.update(id, {}).then(
              () => true,
              () => false,
            );
          }, id);
        expect(await update('check-qr')).toBe(true);
        expect(await update('no-such-item')).toBe(false);
      });
    }

    it('"Check this QR code" on one image lists that image’s code only', async () => {
      const opensCheck = (url: string) => url.includes('/popup.html#qr=');
      const lure = await browser.chooseImageMenuItem(page, '#lure-qr', 'check-qr', opensCheck);
      await waitForSelector(lure, DEVICE_LINK);
      expect(await lure.evaluate(rowsIn)).toEqual([DEVICE_ROW]);
      expect(await textOf(lure, '#qr-results-title')).toBe('Invite links in the QR code');
      if (name === 'chromium') await lure.screenshotPage(screenshotPath('popup-qr-menu'), { fullPage: false });
      await lure.close();

      const group = await browser.chooseImageMenuItem(page, '#group-qr', 'check-qr', opensCheck);
      await waitForSelector(group, GROUP);
      expect(await group.evaluate(rowsIn)).toEqual([GROUP_ROW]);
      // The capture is read once: the same page again says it is gone, and how to ask again.
      await group.evaluate(() => location.reload());
      await waitForSelector(group, '.qr-problem[data-problem="capture-gone"]');
      expect(await textOf(group, '.qr-problem')).toContain('Right-click the image');
      await group.close();
    });

    if (name === 'firefox') {
      // Chromium's stand-in for the menu cannot name the frame an image is in (harness/chromium-gestures.ts).
      it('in webmail, "Check this QR code" on the image inside a message’s frame lists that code only', async () => {
        const mail = await browser.newPage();
        await mail.goto(`${server.origin}/qr-mail.html`);
        await mail.waitUntil(() => {
          const frame = document.querySelector<HTMLIFrameElement>('#message')?.contentDocument;
          return (
            [...document.images, ...(frame?.images ?? [])].length === 2 &&
            [...document.images, ...(frame?.images ?? [])].every((image) => image.complete && image.naturalWidth > 0)
          );
        });
        const checked = await browser.chooseImageMenuItem(mail, '#lure-qr', 'check-qr', (url) => url.includes('/popup.html#qr='), '#message');
        await waitForSelector(checked, DEVICE_LINK);
        expect(await checked.evaluate(rowsIn)).toEqual([DEVICE_ROW]);
        expect(await checked.evaluate(() => document.querySelector('.qr-check')?.textContent ?? '')).not.toContain('all the QR codes the tab showed');
        await checked.close();
        await mail.close();
      });
    }

    it('a screenshot pasted into the popup page is read; a file that is no image says so', async () => {
      const tab = await browser.newPage();
      await tab.goto(browser.extensionUrl('popup.html#qr-image'));
      await waitForSelector(tab, '.qr-check');
      const give = (how: 'paste' | 'drop', file: GivenFile) => giveFile(tab, how, file);
      // Pasting a file works only in Chromium's test events (popup-story-support.ts, giveFile).
      await give(name === 'chromium' ? 'paste' : 'drop', { base64: base64Of('qr-signal-device-link.png'), type: 'image/png', name: 'screenshot.png' });
      await waitForSelector(tab, DEVICE_LINK);
      expect(await tab.evaluate(rowsIn)).toEqual([DEVICE_ROW]);

      await give('drop', { base64: base64Of('qr-signal-group.png'), type: 'image/png', name: 'group.png' });
      await waitForSelector(tab, GROUP);
      expect(await tab.evaluate(rowsIn)).toEqual([GROUP_ROW]);

      await give('drop', { base64: btoa('BEGIN:VCALENDAR'), type: 'text/calendar', name: 'invite.ics' });
      await waitForSelector(tab, '.qr-problem[data-problem="not-an-image"]');
      expect(await tab.evaluate(rowsIn)).toEqual([]);

      // A picture with no code in it: the extension's own icon.
      await give('drop', { base64: readFileSync('public/icon/128.png').toString('base64'), type: 'image/png', name: 'no-code.png' });
      await waitForSelector(tab, '.qr-none');
      expect(await textOf(tab, '.qr-none')).toContain('No QR code found in this image');

      // A link checked on this page, then "back": the QR results are still there.
      await give('drop', { base64: base64Of('qr-signal-group.png'), type: 'image/png', name: 'group.png' });
      await waitForSelector(tab, GROUP);
      await tab.fill('#check-input', 'zoom.us/j/81234567890');
      await tab.press('Enter');
      await waitForSelector(tab, '.card[data-level="avoid"]');
      await tab.click('.back');
      await waitForSelector(tab, GROUP);
      expect(await tab.evaluate(rowsIn)).toEqual([GROUP_ROW]);
      await tab.close();
    });

    it('stays hermetic: nothing outside 127.0.0.1 was requested', () => {
      expect(browser.blockedRequests).toEqual([]);
    });
  });
}
