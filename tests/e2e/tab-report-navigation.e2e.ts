/**
 * What the popup and the toolbar know about a tab follows the tab's current page: after the tab
 * moves to a page where content scripts never run, the previous page's links are gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { ExtensionBrowser } from './harness/types';
import { openExtensionPage, storageGet, tabOpenedBefore, waitForStorage } from './popup-story-support';

// Browser pages where no extension's content script runs.
const NO_CONTENT_SCRIPT = { chromium: 'chrome://version/', firefox: 'about:robots' } as const;

for (const { name, launch } of browsers) {
  describe(`tab report after navigation in ${name}`, () => {
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

    it("drops the previous page's links when the tab opens a page without a content script", async () => {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/sample-invites.html`);
      const extension = await openExtensionPage(browser, 'options.html');
      const tabId = await tabOpenedBefore(extension);
      const key = `tabReport:${tabId}`;
      const hasLinks = (values: Record<string, unknown>) => ((values[key] as { links?: unknown[] } | undefined)?.links?.length ?? 0) > 0;
      await waitForStorage(extension, 'session', hasLinks, 15_000);

      // Firefox sends no load event for about: pages over BiDi: do not wait for the navigation itself.
      void page.goto(NO_CONTENT_SCRIPT[browser.name]).catch(() => undefined);
      await waitForStorage(extension, 'session', (values) => !(key in values), 15_000);
      expect(await storageGet(extension, 'session')).not.toHaveProperty(key);
      await extension.close();
      await page.close();
    });
  });
}
