import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { ExtensionBrowser } from './harness/types';

for (const { name, launch } of browsers) {
  describe(`extension loads in ${name}`, () => {
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

    it('installs the extension and serves its popup', async () => {
      expect(browser.extensionId).not.toBe('');
      const page = await browser.newPage();
      await page.goto(browser.extensionUrl('popup.html'));
      await page.waitUntil(() => document.querySelector('h1')?.textContent === 'Invite Guard');
      await page.close();
    });

    it('runs the content script on a page served from 127.0.0.1', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/sample-invites.html`);
      // It announces itself by nothing but its badges (a marker would tell every page it is there).
      await page.waitUntil(() => document.querySelector('invite-guard-badge') !== null);
      expect(await page.evaluate(() => document.links.length)).toBe(7);
      await page.close();
    });
  });
}
