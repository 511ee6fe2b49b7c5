/**
 * Links arrive from SMS, Signal or WhatsApp without a scheme (issue 11): typed or pasted into
 * the popup's check field they are judged as https://, so a lookalike is dangerous; text that is
 * no link at all says so, in the field and through `#check=` (where the context menu's selected
 * text arrives).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import type { ExtensionBrowser, TestPage } from './harness/types';
import { textOf, waitForSelector, waitForText } from './popup-story-support';

const LOOKALIKE = 'zoom-us.example/j/1234567890';

for (const { name, launch } of browsers) {
  describe(`the check field with links pasted without a scheme in ${name}`, () => {
    let browser: ExtensionBrowser;
    let page: TestPage;

    beforeAll(async () => {
      browser = await launch();
      page = await browser.newPage();
      await page.setViewport(380, 760);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('a lookalike typed without https:// is dangerous', async () => {
      await page.goto(browser.extensionUrl('popup.html'));
      await waitForSelector(page, '#check-input');
      await page.fill('#check-input', LOOKALIKE);
      await page.press('Enter');
      await page.waitUntil(() => document.querySelector('.card')?.getAttribute('data-level') === 'danger');
      expect(await textOf(page, '.card h2')).toBe('Imitation of Zoom — not Zoom');
      expect(await textOf(page, '.card .reasons')).toMatch(/belongs to \u2066?zoom-us\.example/);
      expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#check-input')!.value)).toBe(LOOKALIKE);
    });

    it('a real meeting link without https:// gets its platform’s card', async () => {
      await page.goto(browser.extensionUrl(`popup.html#check=${encodeURIComponent('meet.jit.si/ExampleRoom')}`));
      await page.waitUntil(() => document.querySelector('.card')?.getAttribute('data-platform') === 'jitsi');
    });

    it('text that is no link: the field says so and checks nothing', async () => {
      await page.goto(browser.extensionUrl('popup.html'));
      await waitForSelector(page, '#check-input');
      await page.fill('#check-input', 'hello world');
      await page.press('Enter');
      await waitForText(page, '#check-problem', 'That is not a link');
      expect(await page.evaluate(() => document.querySelector('#check-input')?.getAttribute('aria-invalid'))).toBe('true');
      expect(await page.evaluate(() => document.querySelector('.card'))).toBeNull();
      expect(await page.evaluate(() => location.hash)).toBe('');
    });

    it('#check= with text that is no link (a selection from the context menu) says so instead of a card', async () => {
      await page.goto(browser.extensionUrl(`popup.html#check=${encodeURIComponent('hello world')}`));
      await waitForText(page, '.not-a-link', 'That is not a link');
      expect(await page.evaluate(() => document.querySelector('.card'))).toBeNull();
    });
  });
}
