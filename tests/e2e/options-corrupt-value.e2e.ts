/**
 * A corrupt or foreign stored value falls back to the default for that setting only: the options
 * page and the popup still work, the other settings stay as they were, and nothing is lost
 * until the person writes that setting again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import type { ExtensionBrowser, TestPage } from './harness/types';
import { openExtensionPage, storageGet, storageSet, textOf, waitForSelector, waitForStorage, waitForText } from './popup-story-support';

for (const { name, launch } of browsers) {
  describe(`options with a corrupt stored value in ${name}`, () => {
    let browser: ExtensionBrowser;
    let options: TestPage;

    beforeAll(async () => {
      browser = await launch();
      options = await openExtensionPage(browser, 'options.html');
      await storageSet(options, 'local', {
        trustedServers: 'garbage',
        quietMode: 42,
        theme: { evil: true },
        pageBadges: 'warnings',
        warnOnAvoid: true,
        sitesOff: ['mail.example.org'],
      });
      await options.goto(browser.extensionUrl('options.html'));
      await waitForSelector(options, '#server-input');
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('the page works: corrupt settings show their defaults, the others their values', async () => {
      const state = await options.evaluate(() => ({
        trusted: document.querySelector('#trusted-servers .note')?.textContent,
        badges: document.querySelector<HTMLInputElement>('input[name="page-badges"]:checked')?.value,
        warn: document.querySelector<HTMLInputElement>('#warn-on-avoid')?.checked,
        quiet: document.querySelector<HTMLInputElement>('#quiet-mode')?.checked,
        theme: document.querySelector<HTMLInputElement>('input[name="theme"]:checked')?.value,
      }));
      expect(state).toEqual({ trusted: 'None yet.', badges: 'warnings', warn: true, quiet: false, theme: 'system' });
      expect(await textOf(options, '.sites-list')).toContain('mail.example.org');
    });

    it('the stored values are left as they were until written', async () => {
      expect(await storageGet(options, 'local', ['trustedServers', 'sitesOff', 'pageBadges'])).toEqual({
        trustedServers: 'garbage',
        sitesOff: ['mail.example.org'],
        pageBadges: 'warnings',
      });
    });

    it('adding a server replaces the corrupt list; the other settings stay', async () => {
      await options.fill('#server-input', 'meet.our-collective.example');
      await options.click('#server-add');
      const after = await waitForStorage(options, 'local', (v) => Array.isArray(v.trustedServers));
      expect(after).toMatchObject({
        trustedServers: [{ host: 'meet.our-collective.example', platform: 'jitsi' }],
        sitesOff: ['mail.example.org'],
        pageBadges: 'warnings',
        warnOnAvoid: true,
      });
    });

    it('the popup still works', async () => {
      const popup = await browser.newPage();
      await popup.goto(browser.extensionUrl(`popup.html#check=${encodeURIComponent('https://zoom.us/j/1234567890')}`));
      await waitForText(popup, '.card .level-tag', 'Not recommended');
      await popup.close();
    });
  });
}
