import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import type { ExtensionBrowser } from './harness/types';

// The harness, not the extension, is under test here: stories must never reach the internet.
for (const { name, launch } of browsers) {
  describe(`offline request policy in ${name}`, () => {
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('answers meeting hosts with a local stand-in page', async () => {
      const page = await browser.newPage();
      await page.goto('https://zoom.us/j/1234567890');
      expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('stand-in for zoom.us');
      await page.close();
    });

    it('aborts and records requests to any other host', async () => {
      const page = await browser.newPage();
      await expect(page.goto('https://example.org/handbook')).rejects.toThrow();
      expect(browser.blockedRequests).toContain('https://example.org/handbook');
      await page.close();
    });
  });
}
