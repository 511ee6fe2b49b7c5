/**
 * One visual language for levels (issue 12): on a page where one lookalike hides among Zoom,
 * Telegram, Jitsi and Signal links, the dangerous links alone carry the stop sign, the largest
 * badge; the badge, its card and the click warning show the same sign and name the link by what
 * it is ("Imitation of Zoom — not Zoom", never "Dangerous · Zoom"). The Chromium run writes
 * docs/screenshots/page-levels.png and page-levels-dark.png, at 1x.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposeClosedShadowRoots, openA11yPage } from './axe-support';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';
import { screenshotPath } from './popup-story-support';

/** Each link of levels-at-a-glance.html and the level its badge must show. */
const EXPECTED: Record<string, string> = {
  zoom: 'avoid',
  jitsi: 'caution',
  telegram: 'avoid',
  signal: 'ok',
  lookalike: 'danger',
  zoom2: 'avoid',
  signal2: 'ok',
  jitsi2: 'caution',
  telegram2: 'avoid',
  device: 'danger',
};

const allBadged = (page: StoryPage) =>
  page.waitUntilWith(
    (expected) => Object.entries(expected).every(([id, level]) => document.getElementById(id)?.nextElementSibling?.getAttribute('data-level') === level),
    EXPECTED,
  );

/** What each badge draws, read inside its (exposed) closed shadow root. */
const drawn = (page: StoryPage) =>
  page.evaluateWith(
    (ids) =>
      ids.map((id) => {
        const root = document.getElementById(id)!.nextElementSibling!.shadowRoot!;
        const sign = root.querySelector('.b .sign')!;
        const size = (e: Element) => {
          const box = e.getBoundingClientRect();
          return `${Math.round(box.width)}x${Math.round(box.height)}`;
        };
        return {
          id,
          sign: sign.className,
          glyph: sign.textContent,
          stop: getComputedStyle(sign).clipPath.startsWith('polygon('),
          size: size(sign),
          // The box the page makes room for, and the whole (transparent) target around it.
          badgeBox: size(root.querySelector('.s')!),
          target: size(root.querySelector('.b')!),
        };
      }),
    Object.keys(EXPECTED),
  );

for (const launcher of browsers) {
  describe(`level signs in ${launcher.name}`, () => {
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

    for (const theme of ['light', 'dark'] as const) {
      it(`a ${theme} page: only the dangerous links wear the stop sign, the largest badge on the page`, async () => {
        const { story, raw } = await openA11yPage(browser, `${server.origin}/levels-at-a-glance.html${theme === 'dark' ? '?dark' : ''}`);
        await story.setViewport(760, 320);
        await allBadged(story);
        expect(await exposeClosedShadowRoots(raw)).toBe(Object.keys(EXPECTED).length);
        const badges = await drawn(story);
        expect(badges.filter((b) => b.stop).map((b) => b.id)).toEqual(['lookalike', 'device']);
        // Sizes follow the text (15 px here): a sign covers its badge's box; danger's stop sign
        // fills the whole target around it, so it is the largest badge on the page.
        const area = (size: string) =>
          size
            .split('x')
            .map(Number)
            .reduce((a, b) => a * b);
        for (const b of badges) {
          const danger = EXPECTED[b.id] === 'danger';
          expect(b, b.id).toMatchObject({
            id: b.id,
            sign: `sign ${EXPECTED[b.id]}${danger ? ' stop' : ''}`,
            glyph: { danger: '✖', avoid: '⊘', caution: '!', ok: '✓' }[EXPECTED[b.id]!],
            stop: danger,
          });
          if (danger) expect(b.size, b.id).toBe(b.target);
          else {
            // At least the box the page made room for, within the target around it.
            const [w, h] = b.size.split('x').map(Number) as [number, number];
            const [bw, bh] = b.badgeBox.split('x').map(Number) as [number, number];
            const [tw, th] = b.target.split('x').map(Number) as [number, number];
            expect([w >= bw && w <= tw, h >= bh && h <= th], `${b.id}: ${b.size} in ${b.badgeBox}..${b.target}`).toEqual([true, true]);
          }
        }
        const smallestDanger = Math.min(...badges.filter((b) => b.stop).map((b) => area(b.size)));
        const largestOther = Math.max(...badges.filter((b) => !b.stop).map((b) => area(b.size)));
        expect(smallestDanger).toBeGreaterThan(largestOther * 1.4);
        if (launcher.name === 'chromium')
          await story.screenshotPage(screenshotPath(theme === 'dark' ? 'page-levels-dark' : 'page-levels'), { fullPage: false });
        await story.close();
      });
    }

    it('a lookalike: its badge, its card and the click warning show the same sign and call it an imitation', async () => {
      const { story, raw } = await openA11yPage(browser, `${server.origin}/levels-at-a-glance.html`);
      await allBadged(story);
      await exposeClosedShadowRoots(raw);
      await story.click('#lookalike + invite-guard-badge');
      await story.waitUntil(() => document.getElementById('lookalike')!.nextElementSibling!.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'));
      const badge = await story.evaluate(() => {
        const root = document.getElementById('lookalike')!.nextElementSibling!.shadowRoot!;
        const card = root.querySelector('[popover]')!;
        const heading = card.querySelector('p b')!.parentElement!;
        return {
          name: root.querySelector('button.b')!.getAttribute('aria-label'),
          title: root.querySelector('button.b')!.getAttribute('title'),
          cardSign: [
            card.querySelector('.sign')!.className,
            card.querySelector('.sign')!.textContent,
            card.querySelector('.sign')!.getAttribute('aria-hidden'),
          ],
          heading: heading.textContent,
        };
      });
      expect(badge).toEqual({
        name: 'Imitation of Zoom — not Zoom (Dangerous)',
        title: 'Imitation of Zoom — not Zoom (Dangerous)',
        cardSign: ['sign danger stop', '✖', 'true'],
        heading: '✖Dangerous · Imitation of Zoom — not Zoom',
      });
      await story.press('Escape');
      await story.waitUntil(() => !document.getElementById('lookalike')!.nextElementSibling!.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'));

      await story.click('#lookalike');
      await story.waitUntil(() => document.querySelector('invite-guard-warning') !== null);
      await exposeClosedShadowRoots(raw);
      const dialog = await story.evaluate(() => {
        const h2 = document.querySelector('invite-guard-warning')!.shadowRoot!.querySelector('h2')!;
        const sign = h2.querySelector('.sign')!;
        return { sign: [sign.className, sign.textContent, getComputedStyle(sign).clipPath.startsWith('polygon(')], words: h2.lastChild!.textContent };
      });
      expect(dialog).toEqual({ sign: ['sign danger stop', '✖', true], words: 'Stop: Imitation of Zoom — not Zoom' });
      await story.press('Escape');
      await story.waitUntil(() => document.querySelector('invite-guard-warning') === null);
      await story.close();
    });

    it('a device-link lure: named by what it does, on its badge and its card', async () => {
      const { story, raw } = await openA11yPage(browser, `${server.origin}/levels-at-a-glance.html`);
      await allBadged(story);
      await exposeClosedShadowRoots(raw);
      await story.click('#device + invite-guard-badge');
      await story.waitUntil(() => document.getElementById('device')!.nextElementSibling!.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'));
      const seen = await story.evaluate(() => {
        const root = document.getElementById('device')!.nextElementSibling!.shadowRoot!;
        return { name: root.querySelector('button.b')!.getAttribute('aria-label'), heading: root.querySelector('[popover] p b')!.parentElement!.textContent };
      });
      expect(seen).toEqual({
        name: 'Links a new device to your Signal account (Dangerous)',
        heading: '✖Dangerous · Links a new device to your Signal account',
      });
      await story.press('Escape');
      await story.close();
    });
  });
}
