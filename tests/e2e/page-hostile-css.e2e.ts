/**
 * A page whose own CSS hides unknown elements, targets ours by name, and sets huge fonts: the
 * badge keeps its size (capped, as beside 16 px text), stays visible, and looks exactly as it does on a plain page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { decodePng, type Pixels } from './page-png';
import { launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';

const BADGE = '#caution + invite-guard-badge';

/** Pixels (inside a 2-pixel margin) that differ clearly, at the best one-pixel alignment of b on a. */
function fewestDifferingPixels(a: Pixels, b: Pixels): number {
  let fewest = Infinity;
  for (const [dx, dy] of [-1, 0, 1].flatMap((x) => [-1, 0, 1].map((y) => [x, y] as const))) {
    let differing = 0;
    for (let y = 2; y < a.height - 2; y++) {
      for (let x = 2; x < a.width - 2; x++) {
        const [bx, by] = [x + dx, y + dy];
        if (bx < 0 || by < 0 || bx >= b.width || by >= b.height) continue;
        if (a.at(x, y).some((v, i) => Math.abs(v - b.at(bx, by)[i]!) > 48)) differing++;
      }
    }
    fewest = Math.min(fewest, differing);
  }
  return fewest;
}

async function badgeOn(browser: StoryBrowser, url: string): Promise<{ page: StoryPage; shot: Buffer }> {
  const page = await browser.open(url);
  await page.waitUntil(() => document.getElementById('caution')?.nextElementSibling?.getAttribute('data-level') === 'caution');
  return { page, shot: await page.elementShot(BADGE) };
}

for (const launcher of browsers) {
  describe(`hostile page CSS in ${launcher.name}`, () => {
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

    it('cannot hide, shrink, move or restyle the badge', async () => {
      const plain = await badgeOn(browser, `${server.origin}/page-levels.html`);
      const hostile = await badgeOn(browser, `${server.origin}/page-hostile-css.html`);
      const looksOn = (page: StoryPage) =>
        page.evaluate(() => {
          const link = document.getElementById('caution')!;
          const badge = link.nextElementSibling!;
          const box = badge.getBoundingClientRect();
          // The link may wrap under these fonts: the badge follows its last line.
          const linkBox = [...link.getClientRects()].at(-1)!;
          return {
            width: box.width,
            height: box.height,
            display: getComputedStyle(badge).display,
            visible: badge.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
            // Beside its link, on its line: not thrown off-screen.
            besideLink: box.left >= linkBox.right && box.left - linkBox.right < 10 && box.top < linkBox.bottom && box.bottom > linkBox.top,
          };
        });
      // An inline box (glued to the link's last word), its size capped: the same as on a plain page.
      const looks = await looksOn(hostile.page);
      expect(looks).toEqual({ ...(await looksOn(plain.page)), display: 'inline', visible: true, besideLink: true });
      expect(looks.width).toBe(18);

      // The same pixels as on a plain page, but for the glyph's and the edges' anti-aliasing at
      // another sub-pixel position (so: the best of the one-pixel shifts, and a little slack; the
      // inline box is a little taller than the badge, so its edges are in the shot).
      const [a, b] = [decodePng(plain.shot), decodePng(hostile.shot)];
      expect(Math.abs(b.width - a.width) + Math.abs(b.height - a.height)).toBeLessThanOrEqual(2);
      expect(fewestDifferingPixels(a, b)).toBeLessThanOrEqual(0.09 * a.width * a.height);
      await plain.page.close();
      await hostile.page.close();
    });
  });
}
