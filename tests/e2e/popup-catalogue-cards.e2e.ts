/**
 * Every platform added to the catalogue for issue 13 has a card in the popup: its first invite
 * example, checked through `popup.html#check=`, shows the platform's name, the level the
 * recogniser gives in Node, who owns it, and its encryption in words; a self-hosted server's own
 * path on an unknown host shows the platform at caution.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess';
import { recognise } from '../../src/recognise/recognise';
import { NO_SETTINGS } from '../../src/recognise/types';
import { loadCatalogue, realIndex } from '../unit/support/catalogue';
import { browsers } from './harness/browsers';
import type { ExtensionBrowser, TestPage } from './harness/types';
import { cardLevel, checkUrl, textOf } from './popup-story-support';

const NEW_PLATFORMS = ['viber', 'line', 'wechat', 'simplex', 'session', 'briar', 'jami', 'nextcloud-talk', 'google-chat', 'proton-meet'];
const catalogue = loadCatalogue();
const index = realIndex();

const cards = NEW_PLATFORMS.map((id) => {
  const p = catalogue.platforms.find((x) => x.id === id);
  const example = p?.recognise.examples.invite[0]?.url ?? '';
  return { id, name: p?.name ?? id, owner: p?.owner.name ?? '', example, level: assess(index, recognise(index, example, NO_SETTINGS)).level };
});
const selfHosted = catalogue.platforms.flatMap((p) => (p.recognise.examples.selfHosted ?? []).map((e) => ({ id: p.id, name: p.name, url: e.url })));

for (const { name, launch } of browsers) {
  describe(`catalogue cards in the popup, ${name}`, () => {
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

    it('has every platform the issue names, each with an invite example the recogniser knows', () => {
      expect(cards.filter((c) => c.example === '' || c.level === 'none').map((c) => c.id)).toEqual([]);
    });

    it.each(cards)('$id: its example shows $name at $level, with its owner', async ({ name: platformName, owner, example, level }) => {
      await page.goto(checkUrl(browser, example));
      await cardLevel(page, level);
      expect(await textOf(page, '.card h2')).toContain(platformName);
      expect(await textOf(page, '.card')).toContain(owner);
    });

    it.each(selfHosted)('$id on a server nobody vouched for: $url at caution', async ({ name: platformName, url }) => {
      await page.goto(checkUrl(browser, url));
      await cardLevel(page, 'caution');
      expect(await textOf(page, '.card h2')).toContain(platformName);
      expect(await textOf(page, '.card .reasons')).toContain(new URL(url).hostname);
    });
  });
}
