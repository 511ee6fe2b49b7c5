/**
 * Badges move none of the page's own boxes (contract 2): on pages with a flex row of buttons, a
 * grid of link cards, an icon toolbar, chat preview cards, each page's elements have the same
 * boxes (within 1 px) as on the same page with the site switched off. Every badge is seen:
 * a size, inside the viewport and any box that clips, beside its link, on top at its centre.
 * In text: beside 9 px footnotes, and in digests set with the default or a tight line height, the
 * lines keep their places (a badge makes no line taller), a wrapped link's badge stays on
 * its last line, a badge in an ellipsis row stays inside it. The Chromium run writes
 * docs/screenshots/layout-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';
import { screenshotPath } from './popup-story-support';

const VIEWPORT = { width: 1024, height: 900 };
const PHONE = { width: 390, height: 844 };

const PAGES = [
  { name: 'buttons', badges: 6 },
  { name: 'cards', badges: 6 },
  { name: 'chat', badges: 4 },
  { name: 'text', badges: 17 },
] as const;

type Boxes = Record<string, [number, number, number, number]>;

/** Every element of the page that is not ours, by its place in the document, with its box. */
const pageBoxes = (page: StoryPage) =>
  page.evaluate(() => {
    const boxes: Record<string, [number, number, number, number]> = {};
    let n = 0;
    for (const element of Array.from(document.querySelectorAll('*'))) {
      if (element.localName === 'invite-guard-badge') continue;
      const r = element.getBoundingClientRect();
      boxes[`${n++} ${element.localName}${element.id ? `#${element.id}` : ''}`] = [r.left, r.top, r.width, r.height];
    }
    return boxes;
  });

/** The boxes that moved or changed size by more than 1 px. */
function moved(without: Boxes, withBadges: Boxes): string[] {
  const out: string[] = [];
  for (const [key, a] of Object.entries(without)) {
    const b = withBadges[key];
    if (!b || a.some((v, i) => Math.abs(v - b[i]!) > 1)) out.push(`${key}: ${a.join(',')} → ${b?.join(',')}`);
  }
  if (Object.keys(withBadges).length !== Object.keys(without).length) out.push('a different number of elements');
  return out;
}

/** Each badge, with what is wrong with how it is seen (nothing: an empty list). */
const badgeProblems = (page: StoryPage) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('invite-guard-badge')).map((badge) => {
      const link = badge.previousElementSibling!;
      const r = badge.getBoundingClientRect();
      const problems: string[] = [];
      if (r.width < 8 || r.height < 8) problems.push(`size ${r.width}x${r.height}`);
      if (r.left < 0 || r.top < 0 || r.right > innerWidth || r.bottom > innerHeight) problems.push('outside the viewport');
      for (let at = badge.parentElement; at; at = at.parentElement) {
        const s = getComputedStyle(at);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = at.getBoundingClientRect();
        if (r.left < c.left - 1 || r.right > c.right + 1 || r.top < c.top - 1 || r.bottom > c.bottom + 1) problems.push(`cut off by ${at.localName}#${at.id}`);
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit !== badge) problems.push(`covered by ${hit?.localName}#${hit?.id}`);
      // Beside its link: touching (or within 4 px of) the link's last box, or on it.
      const l = Array.from(link.getClientRects()).at(-1)!;
      const apart = Math.max(l.left - r.right, r.left - l.right, l.top - r.bottom, r.top - l.bottom);
      if (apart > 4) problems.push(`${apart}px from its link`);
      return { link: link.id, problems };
    }),
  );

for (const launcher of browsers) {
  describe(`badge placement in ${launcher.name}`, () => {
    let server: FixtureServer;
    let browser: StoryBrowser;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchStoryBrowser(launcher);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** The page as the person sees it with the site switched off: the extension ran, and changed nothing. */
    async function withoutBadges(name: string): Promise<Boxes> {
      await browser.setSettings({ sitesOff: ['127.0.0.1'] });
      const page = await browser.open(`${server.origin}/page-layout-${name}.html`);
      await page.setViewport(VIEWPORT.width, VIEWPORT.height);
      // The content script has judged the page once the toolbar counts its links.
      await expect.poll(() => browser.toolbarTexts(), { timeout: 30_000 }).toContainEqual(expect.stringMatching(/\d/));
      expect(await page.evaluate(() => document.querySelectorAll('invite-guard-badge').length)).toBe(0);
      const boxes = await pageBoxes(page);
      await page.close();
      await browser.setSettings({ sitesOff: [] });
      return boxes;
    }

    async function withBadges(name: string, count: number): Promise<StoryPage> {
      const page = await browser.open(`${server.origin}/page-layout-${name}.html`);
      await page.setViewport(VIEWPORT.width, VIEWPORT.height);
      await page.waitUntilWith((n) => document.querySelectorAll('invite-guard-badge').length === n, count);
      return page;
    }

    for (const { name, badges } of PAGES.filter((p) => p.name !== 'text')) {
      it(`${name}: moves none of the page's boxes, and every badge is seen beside its link`, async () => {
        const without = await withoutBadges(name);
        const page = await withBadges(name, badges);
        // Badges placed over the page are moved after layout: wait for all to be seen, then compare.
        await expect.poll(async () => (await badgeProblems(page)).filter((b) => b.problems.length), { timeout: 30_000 }).toEqual([]);
        expect(moved(without, await pageBoxes(page))).toEqual([]);
        if (launcher.name === 'chromium') await page.screenshotPage(screenshotPath(`layout-${name}`), { fullPage: false });
        await page.close();
      });
    }

    it('text: tiny footnotes and one-link-per-line digests keep their lines, badges stay on their links’ lines and inside ellipsis rows', async () => {
      const without = await withoutBadges('text');
      const page = await withBadges('text', 17);
      await expect.poll(async () => (await badgeProblems(page)).filter((b) => b.problems.length), { timeout: 30_000 }).toEqual([]);
      const after = await pageBoxes(page);
      // The 9 px footnote, the ellipsis rows and the digests' lines (default and tight line heights)
      // keep their boxes: a badge never pushes lines apart, so nothing below them moves either.
      const kept = (key: string) => /#(fine1|inbox|row-jitsi|row-zoom|e-jitsi|e-zoom|digest-normal|digest-tight|footer)$/.test(key) || /^\d+ div$/.test(key);
      const pick = (boxes: Boxes) => Object.fromEntries(Object.entries(boxes).filter(([key]) => kept(key)));
      expect(moved(pick(without), pick(after))).toEqual([]);
      const lines = await page.evaluate(() =>
        Array.from(document.querySelectorAll('invite-guard-badge')).map((badge) => {
          const link = badge.previousElementSibling!;
          const last = Array.from(link.getClientRects()).at(-1)!;
          const r = badge.getBoundingClientRect();
          // On the line of the link's last box, and no taller than the text beside it.
          return { link: link.id, sameLine: r.top < last.bottom && r.bottom > last.top, fits: r.height <= last.height + 1 };
        }),
      );
      expect(lines.filter((l) => !l.sameLine || !l.fits)).toEqual([]);
      if (launcher.name === 'chromium') await page.screenshotPage(screenshotPath('layout-text'), { fullPage: false });
      await page.close();
    });

    it('on a phone-sized screen, the badges of the button row and the chat are still seen beside their links', async () => {
      for (const { name, badges } of PAGES.filter((p) => p.name === 'buttons' || p.name === 'chat')) {
        const page = await browser.open(`${server.origin}/page-layout-${name}.html`);
        await page.setViewport(PHONE.width, PHONE.height);
        await page.waitUntilWith((n) => document.querySelectorAll('invite-guard-badge').length === n, badges);
        await expect.poll(async () => (await badgeProblems(page)).filter((b) => b.problems.length), { timeout: 30_000 }).toEqual([]);
        if (launcher.name === 'chromium') await page.screenshotPage(screenshotPath(`layout-${name}-phone`), { fullPage: false });
        await page.close();
      }
    });
  });
}
