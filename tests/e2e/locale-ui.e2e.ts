/**
 * A person whose browser speaks Arabic or Spanish gets Invite Guard in that language: the popup,
 * the options and the click warning are translated, Arabic is laid out right to left, and a
 * host name inside Arabic text stays left to right. In Chromium (`--lang`, with Debian's
 * chromium-l10n) and Firefox (`intl.locale.requested`, with Debian's language packs). The
 * expected words come from the shipped messages, so a missing translation fails here. The
 * Chromium run writes the screenshots in the README.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposeClosedShadowRoots, openA11yPage, runAxe, seriousViolations } from './axe-support';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { ExtensionBrowser, TestPage } from './harness/types';
import { launchStoryBrowser, type StoryBrowser } from './page-story-support';
import { screenshotPath, textOf, waitForSelector } from './popup-story-support';

const LOOKALIKE = 'https://meet.google.com-join.us/abc-defg-hij';
const ZOOM = 'https://zoom.us/j/1234567890?pwd=aBcDeF';

const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
/** A message as shown, without its placeholders' substitutions: the words before the first one. */
const fixedPart = (message: string) => message.split(/\$[A-Z0-9_]+\$/i)[0]!.trim();

/** `requested`: the browser's UI language as each browser names its language packs. */
const LANGUAGES = [
  { locale: 'ar', dir: 'rtl', requested: { chromium: 'ar', firefox: 'ar' } },
  { locale: 'es', dir: 'ltr', requested: { chromium: 'es', firefox: 'es-ES' } },
] as const;

for (const { name, launch } of browsers) {
  describe.each(LANGUAGES)(`the extension in ${name} under a $locale browser UI`, ({ locale, dir, requested }) => {
    const ours = messages(locale);
    const en = messages('en');
    let browser: ExtensionBrowser;
    let page: TestPage;
    const shot = (file: string) => (name === 'chromium' ? page.screenshotPage(screenshotPath(`${file}-${locale}`), { fullPage: false }) : Promise.resolve());

    beforeAll(async () => {
      browser = await launch({ uiLanguage: requested[name] });
      page = await browser.newPage();
      await page.setViewport(380, 760);
    });

    afterAll(async () => {
      await browser?.close();
    });

    it(`the popup's card is in ${locale}, ${dir}, and the lookalike's real domain stays left to right`, async () => {
      await page.goto(browser.extensionUrl(`popup.html#check=${encodeURIComponent(LOOKALIKE)}`));
      await page.waitUntil(() => document.querySelector('.card')?.getAttribute('data-level') === 'danger');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([locale, dir]);
      expect(await textOf(page, '.card .level-tag')).toContain(ours.levelDanger!.message);
      expect(await textOf(page, '.card .level-tag')).not.toContain(en.levelDanger!.message);
      const reasons = await textOf(page, '.card .reasons');
      expect(reasons).toContain(fixedPart(ours.reasonDoNotSignIn!.message));
      // The domain sits in a left-to-right isolate (U+2066 … U+2069), whatever surrounds it.
      expect(reasons).toContain('\u2066com-join.us\u2069');
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
      await shot('popup-lookalike');
    });

    it(`a Zoom link's card: reasons and level in ${locale}`, async () => {
      await page.goto(browser.extensionUrl(`popup.html#check=${encodeURIComponent(ZOOM)}`));
      await page.waitUntil(() => document.querySelector('.card')?.getAttribute('data-level') === 'avoid');
      expect(await textOf(page, '.card .reasons')).toContain(fixedPart(ours.reasonGuideDeclined!.message));
      expect(await textOf(page, '.card .level-tag')).toContain(ours.levelAvoid!.message);
      await shot('popup-zoom');
    });

    it(`the options page is in ${locale} and ${dir}`, async () => {
      const options = await browser.newPage();
      await options.setViewport(900, 900);
      await options.goto(browser.extensionUrl('options.html'));
      await waitForSelector(options, '#trusted-servers');
      expect(await options.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual([
        locale,
        dir,
        ours.optionsPageTitle!.message,
      ]);
      expect(await textOf(options, 'h1')).not.toBe(en.optionsPageTitle!.message);
      expect(await options.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
      if (name === 'chromium') await options.screenshotPage(screenshotPath(`options-${locale}`), { fullPage: false });
      await options.close();
    });
  });

  describe(`web pages in ${name} under an Arabic browser UI`, () => {
    const ar = messages('ar');
    let story: StoryBrowser;
    let server: FixtureServer;

    beforeAll(async () => {
      server = await startFixtureServer();
      story = await launchStoryBrowser({ name, launch: () => launch({ uiLanguage: 'ar' }) });
    });

    afterAll(async () => {
      await story?.harness.close();
      await server?.close();
    });

    it('the click warning is Arabic and right to left, its address left to right, and axe finds nothing serious', async () => {
      const { story: page, raw } = await openA11yPage(story, `${server.origin}/page-click-warning.html`);
      await page.waitUntil(() => document.querySelectorAll('invite-guard-badge').length === 4);
      await page.click('#lookalike');
      await page.waitUntil(() => document.querySelector('invite-guard-warning') !== null);
      expect(await exposeClosedShadowRoots(raw)).toBeGreaterThan(0);
      const dialog = await page.evaluate(() => {
        const root = document.querySelector('invite-guard-warning')!.shadowRoot!;
        const d = root.querySelector('dialog')!;
        const code = root.querySelector('code')!;
        return {
          lang: d.getAttribute('lang'),
          dir: getComputedStyle(d).direction,
          title: root.querySelector('h2')!.textContent ?? '',
          buttons: Array.from(root.querySelectorAll('button')).map((b) => b.textContent ?? ''),
          addressDir: getComputedStyle(code).direction,
        };
      });
      expect(dialog).toMatchObject({ lang: 'ar', dir: 'rtl', addressDir: 'ltr' });
      expect(dialog.title).toContain(fixedPart(ar.warnTitle!.message));
      expect(dialog.buttons).toEqual(expect.arrayContaining([ar.warnGoBack!.message, ar.warnOpenAnyway!.message]));
      expect(seriousViolations(await runAxe(page), `warning, ar, ${name}`)).toEqual([]);
      await page.close();
    });
  });
}
