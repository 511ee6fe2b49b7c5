/**
 * A person whose browser speaks Arabic or Spanish gets Invite Guard in that language: the popup
 * and the options are translated, Arabic is laid out right to left, and a host name inside
 * Arabic text stays left to right. Chromium only (`--lang`, with Debian's chromium-l10n); the
 * expected words come from the shipped messages, so a missing translation fails here. The
 * screenshots in the README come from this story.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposeClosedShadowRoots, openA11yPage, runAxe, seriousViolations } from './axe-support';
import { launchChromium, type ChromiumExtensionBrowser } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import type { TestPage } from './harness/types';
import { launchStoryBrowser, type StoryBrowser } from './page-story-support';
import { screenshotPath, textOf, waitForSelector } from './popup-story-support';

const LOOKALIKE = 'https://meet.google.com-join.us/abc-defg-hij';
const ZOOM = 'https://zoom.us/j/1234567890?pwd=aBcDeF';

const messages = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
/** A message as shown, without its placeholders' substitutions: the words before the first one. */
const fixedPart = (message: string) => message.split(/\$[A-Z0-9_]+\$/i)[0]!.trim();

const LANGUAGES = [
  { tag: 'ar', locale: 'ar', dir: 'rtl' },
  { tag: 'es', locale: 'es', dir: 'ltr' },
] as const;

describe.each(LANGUAGES)('the extension under a $tag browser UI (Chromium)', ({ tag, locale, dir }) => {
  const ours = messages(locale);
  const en = messages('en');
  let browser: ChromiumExtensionBrowser;
  let page: TestPage;

  beforeAll(async () => {
    browser = await launchChromium({ uiLanguage: tag });
    page = await browser.newPage();
    await page.setViewport(380, 760);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the browser reports the language to the extension', async () => {
    const language = await browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage());
    expect(language.toLowerCase().startsWith(tag)).toBe(true);
  });

  it(`the popup's card is in ${tag}, ${dir}, and the lookalike's real domain stays left to right`, async () => {
    await page.goto(browser.extensionUrl(`popup.html#check=${encodeURIComponent(LOOKALIKE)}`));
    await page.waitUntil(() => document.querySelector('.card')?.getAttribute('data-level') === 'danger');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([tag, dir]);
    expect(await textOf(page, '.card .level-tag')).toContain(ours.levelDanger!.message);
    expect(await textOf(page, '.card .level-tag')).not.toContain(en.levelDanger!.message);
    const reasons = await textOf(page, '.card .reasons');
    expect(reasons).toContain(fixedPart(ours.reasonDoNotSignIn!.message));
    // The domain sits in a left-to-right isolate (U+2066 … U+2069), whatever surrounds it.
    expect(reasons).toContain('\u2066com-join.us\u2069');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
    await page.screenshotPage(screenshotPath(`popup-lookalike-${tag}`), { fullPage: false });
  });

  it(`a Zoom link's card: reasons, facts and alternatives in ${tag}`, async () => {
    await page.goto(browser.extensionUrl(`popup.html#check=${encodeURIComponent(ZOOM)}`));
    await page.waitUntil(() => document.querySelector('.card')?.getAttribute('data-level') === 'avoid');
    expect(await textOf(page, '.card .reasons')).toContain(fixedPart(ours.reasonGuideDeclined!.message));
    expect(await textOf(page, '.card .level-tag')).toContain(ours.levelAvoid!.message);
    await page.screenshotPage(screenshotPath(`popup-zoom-${tag}`), { fullPage: false });
  });

  it(`the options page is in ${tag} and ${dir}`, async () => {
    const options = await browser.newPage();
    await options.setViewport(900, 900);
    await options.goto(browser.extensionUrl('options.html'));
    await waitForSelector(options, '#trusted-servers');
    expect(await options.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual([tag, dir, ours.optionsPageTitle!.message]);
    expect(await textOf(options, 'h1')).not.toBe(en.optionsPageTitle!.message);
    expect(await options.evaluate(() => getComputedStyle(document.body).direction)).toBe(dir);
    await options.screenshotPage(screenshotPath(`options-${tag}`), { fullPage: false });
    await options.close();
  });
});

describe('web pages under an Arabic browser UI (Chromium)', () => {
  const ar = messages('ar');
  let story: StoryBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    story = await launchStoryBrowser({ name: 'chromium', launch: () => launchChromium({ uiLanguage: 'ar' }) });
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
    expect(seriousViolations(await runAxe(page), 'warning, ar')).toEqual([]);
    await page.close();
  });
});
