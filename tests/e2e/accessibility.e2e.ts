/**
 * Accessibility in both browsers: axe-core's WCAG 2.x A/AA rules on the popup (cards of every
 * level, a Jitsi server, the links on a page, the check field with an error), the options page
 * (every section, <details> open, field errors), each in the light and the dark theme; and on
 * pages with our badges, a badge's card and the warning dialog, inside their closed shadow
 * roots (axe-support.ts says how). Serious or critical findings fail; the rest are printed.
 * Then the keyboard: every control of the popup and the options reached with Tab, each with a
 * visible focus ring; the dialog keeps the focus and gives it back to the link; a badge's card
 * gives it back to the badge. Last, the popup and the options laid out right to left.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contrastOfIncomplete,
  describeFindings,
  exposeClosedShadowRoots,
  openA11yPage,
  runAxe,
  seriousViolations,
  type A11yPage,
  type AxeReport,
} from './axe-support';
import { browsers } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { launchStoryBrowser, type StoryBrowser, type StoryPage } from './page-story-support';
import { giveFile, tabOpenedBefore, waitForSelector, waitForStorage } from './popup-story-support';

const POPUP = { width: 380, height: 760 };
const OPTIONS = { width: 900, height: 1000 };

const CARDS = [
  ['avoid', 'https://zoom.us/j/1234567890?pwd=aBcDeF'],
  ['caution', 'https://meet.jit.si/yoga'],
  ['danger', 'https://meet.google.com-join.us/abc-defg-hij'],
  ['ok', 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789'],
  ['none', 'https://example.org/handbook'],
] as const;

/** A host too long for one line: where it wraps, its end (the domain it really belongs to) must show. */
const LONG_HOST = `zoom.us.${'a'.repeat(40)}.${'b'.repeat(40)}.evil.example`;

const SETTINGS = {
  trustedServers: [
    { host: 'meet.systemli.org', platform: 'jitsi' },
    { host: 'xn--bcher-kva.example', platform: 'bigbluebutton' },
  ],
  sitesOff: ['mail.example.org', LONG_HOST],
};

/** Fails with axe's own words when anything serious or critical was found; prints the rest. */
function expectNoSerious(report: AxeReport, label: string): void {
  const serious = seriousViolations(report, label);
  expect(serious, `axe, ${label}:\n${describeFindings(serious)}`).toEqual([]);
}

/**
 * Text whose contrast axe could not work out (glyphs like ✓ and ✕, our dialog's text): worked out
 * here from computed colours, and each must pass too.
 */
async function expectContrastOfIncomplete(page: StoryPage, report: AxeReport, label: string): Promise<void> {
  const checks = await contrastOfIncomplete(page, report);
  for (const c of checks) console.log(`contrast, ${label}: ${c.target} "${c.text}": ${c.ratio ?? c.why} (needs ${c.required})`);
  expect(checks.filter((c) => c.ratio === null || c.ratio < c.required)).toEqual([]);
}

/** Lists what axe could not decide, but for colour contrast, which is worked out and checked here. */
async function checkIncomplete(page: StoryPage, report: AxeReport, label: string): Promise<void> {
  const others = report.incomplete.filter((f) => f.id !== 'color-contrast');
  if (others.length) console.log(`axe, ${label}: needs review (incomplete):\n${describeFindings(others)}`);
  await expectContrastOfIncomplete(page, report, label);
}

const openAllDetails = (page: StoryPage) =>
  page.evaluate(() => {
    for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
    return document.querySelectorAll('details').length;
  });

interface TabWalk {
  expected: string[];
  reached: string[];
  /** Stops whose focus was not visible: how they looked focused and unfocused. */
  invisible: string[];
  /** Stops whose focus ring contrasts less than 3:1 with what is behind it. */
  faint: string[];
}

/**
 * Marks every control a keyboard user should reach (one per radio group), presses Tab until each
 * was focused or a whole round went by, and compares each one's focused look with its resting one.
 */
async function walkWithTab(page: StoryPage): Promise<TabWalk> {
  const expected = await page.evaluate(() => {
    const rendered = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
    const candidates = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')).filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && rendered(el) && !el.closest('[inert]'),
    );
    const radioKept = new Map<string, HTMLInputElement>();
    for (const el of candidates) {
      if (!(el instanceof HTMLInputElement) || el.type !== 'radio') continue;
      const kept = radioKept.get(el.name);
      if (!kept || (!kept.checked && el.checked)) radioKept.set(el.name, el);
    }
    const stops = candidates.filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio') || radioKept.get(el.name) === el);
    const look = (el: Element) => {
      const s = getComputedStyle(el);
      return JSON.stringify([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor]);
    };
    return stops.map((el, i) => {
      el.dataset.a11yStop = String(i);
      el.dataset.a11yRest = look(el);
      return `${i}:${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
    });
  });
  // Start at the top without touching a control: focus a marker that is no tab stop (tabindex -1).
  // Tab then walks the page in order, and the walk never leaves the document: in Firefox, focus
  // that came back from the browser's own UI shows no :focus-visible ring at all (headless).
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.a11yStart = '';
    document.body.prepend(start);
    start.focus();
  });
  const reached = new Set<string>();
  const invisible: string[] = [];
  const faint: string[] = [];
  const measure = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el?.dataset.a11yStop) return null;
      const s = getComputedStyle(el);
      const now = JSON.stringify([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor]);
      const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const visible = el.matches(':focus-visible') && now !== el.dataset.a11yRest && (ring || s.boxShadow !== 'none');
      // The ring's contrast with the background it is drawn on (the parent's, outside the element).
      const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
      const lum = (c: number[]) =>
        [0, 1, 2]
          .map((i) => (c[i]! / 255 <= 0.04045 ? c[i]! / 255 / 12.92 : ((c[i]! / 255 + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      let behind = el.parentElement;
      while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
      const bg = rgb(getComputedStyle(behind ?? document.documentElement).backgroundColor);
      const [hi, lo] = [lum(rgb(s.outlineColor)), lum(bg)].sort((a, b) => b - a);
      const contrast = (hi! + 0.05) / (lo! + 0.05);
      return { stop: el.dataset.a11yStop, visible, contrast, rest: el.dataset.a11yRest, now };
    });
  for (let presses = 0; reached.size < expected.length && presses < expected.length + 2; presses++) {
    await page.press('Tab');
    const focus = await measure();
    if (!focus) continue;
    const name = expected[Number(focus.stop)]!;
    if (reached.has(name)) break;
    reached.add(name);
    if (!focus.visible) invisible.push(`${name}: focused ${focus.now}, resting ${focus.rest}`);
    else if (focus.contrast < 3) faint.push(`${name}: ${focus.contrast.toFixed(2)}:1`);
  }
  await page.evaluate(() => document.querySelector('[data-a11y-start]')?.remove());
  return { expected, reached: expected.filter((n) => reached.has(n)), invisible, faint };
}

function expectFullTabWalk(walk: TabWalk): void {
  expect(walk.expected.length).toBeGreaterThan(3);
  expect(walk.reached).toEqual(walk.expected);
  expect(walk.invisible).toEqual([]);
  expect(walk.faint).toEqual([]);
}

interface BadgeSign {
  level: string;
  clipPath: string;
  width: number;
  height: number;
  /** The glyph's colour against its fill. */
  glyph: number;
  /** The sign's outer edge against the page behind it, and the ring inside the edge against the page. */
  edge: number;
  ring: number;
}

/**
 * Each level's badge sign on page-levels.html (shadow roots exposed), worked out from computed
 * colours: the glyph on its fill (text: 4.5:1), and the silhouette against the page (a graphical
 * object: 3:1 for the edge or the ring just inside it).
 */
const badgeSigns = (page: StoryPage): Promise<BadgeSign[]> =>
  page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: number[]) =>
      [0, 1, 2]
        .map((i) => (c[i]! / 255 <= 0.04045 ? c[i]! / 255 / 12.92 : ((c[i]! / 255 + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(rgb(a)), lum(rgb(b))].sort((x, y) => y - x);
      return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
    };
    return ['danger', 'avoid', 'caution', 'ok'].map((level) => {
      const badge = document.getElementById(level)!.nextElementSibling!;
      const sign = badge.shadowRoot!.querySelector('.sign')!;
      const ring = sign.firstElementChild!;
      const fill = ring.firstElementChild!;
      let behind: Element | null = badge.parentElement;
      while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
      const page = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
      const box = sign.getBoundingClientRect();
      return {
        level,
        clipPath: getComputedStyle(sign).clipPath,
        width: Math.round(box.width),
        height: Math.round(box.height),
        glyph: ratio(getComputedStyle(fill).color, getComputedStyle(fill).backgroundColor),
        edge: ratio(getComputedStyle(sign).backgroundColor, page),
        ring: ratio(getComputedStyle(ring).backgroundColor, page),
      };
    });
  });

/** Danger alone is a stop sign, and the largest; every glyph legible, every sign seen against the page. */
function expectSignsSeen(signs: BadgeSign[], label: string): void {
  for (const s of signs) console.log(`sign, ${label}: ${s.level} ${s.width}x${s.height} glyph ${s.glyph}:1, edge ${s.edge}:1, ring ${s.ring}:1`);
  expect(signs.map((s) => [s.level, s.clipPath.startsWith('polygon(') && s.clipPath.split(',').length === 8])).toEqual([
    ['danger', true],
    ['avoid', false],
    ['caution', false],
    ['ok', false],
  ]);
  const [danger, ...others] = signs;
  for (const other of others) expect(danger!.width * danger!.height, other.level).toBeGreaterThan(other.width * other.height);
  expect(signs.filter((s) => s.glyph < 4.5 || Math.max(s.edge, s.ring) < 3)).toEqual([]);
}

for (const launcher of browsers) {
  describe(`accessibility in ${launcher.name}`, () => {
    let server: FixtureServer;
    let browser: StoryBrowser;

    beforeAll(async () => {
      server = await startFixtureServer();
      browser = await launchStoryBrowser(launcher);
      await browser.setSettings({ ...SETTINGS, pausedSites: { 'forum.example.org': Date.now() + 3_600_000 } });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function openPopup(hash: string, theme: 'light' | 'dark'): Promise<A11yPage> {
      const popup = await openA11yPage(browser, browser.harness.extensionUrl(`popup.html${hash}`));
      await popup.story.setViewport(POPUP.width, POPUP.height);
      await popup.story.waitUntilWith((t) => document.documentElement.dataset.theme === t, theme);
      return popup;
    }

    async function openOptions(theme: 'light' | 'dark'): Promise<A11yPage> {
      const options = await openA11yPage(browser, browser.harness.extensionUrl('options.html'));
      await options.story.setViewport(OPTIONS.width, OPTIONS.height);
      await waitForSelector(options.story, '#server-input');
      await options.story.waitUntilWith((t) => document.documentElement.dataset.theme === t, theme);
      return options;
    }

    for (const theme of ['light', 'dark'] as const) {
      describe(`${theme} theme`, () => {
        beforeAll(async () => {
          await browser.setSettings({ theme });
        });

        for (const [level, link] of CARDS) {
          it(`popup: a card of level ${level}, its <details> open`, async () => {
            const { story } = await openPopup(`#check=${encodeURIComponent(link)}`, theme);
            await waitForSelector(story, `.card[data-level="${level}"]`);
            await openAllDetails(story);
            await story.settle();
            const report = await runAxe(story);
            await checkIncomplete(story, report, `popup ${level} card, ${theme}`);
            expectNoSerious(report, `popup ${level} card, ${theme}`);
            if (level === 'caution') expect(await story.evaluate(() => document.querySelector('.server-panel') !== null)).toBe(true);
            await story.close();
          });
        }

        it('popup: the invite links found on a page', async () => {
          const fixture = await openA11yPage(browser, `${server.origin}/popup-links.html`);
          const { story } = await openPopup('', theme);
          const tabId = await tabOpenedBefore(story);
          await waitForStorage(story, 'session', (v) => ((v[`tabReport:${tabId}`] as { links?: unknown[] } | undefined)?.links?.length ?? 0) >= 4, 15_000);
          await story.goto(browser.harness.extensionUrl(`popup.html#tab=${tabId}`));
          await waitForSelector(story, '.page-links .link-row');
          const report = await runAxe(story);
          await checkIncomplete(story, report, `popup page links, ${theme}`);
          expectNoSerious(report, `popup page links, ${theme}`);
          await story.close();
          await fixture.story.close();
        });

        it('popup: the QR codes found in an image', async () => {
          const { story } = await openPopup('#qr-image', theme);
          await waitForSelector(story, '.qr-check');
          await giveFile(story, 'drop', {
            base64: readFileSync('tests/fixtures/pages/qr-signal-device-link.png').toString('base64'),
            type: 'image/png',
            name: 'lure.png',
          });
          await waitForSelector(story, '.qr-check .link-row[data-level="danger"]');
          await story.settle();
          const report = await runAxe(story);
          await checkIncomplete(story, report, `popup QR codes, ${theme}`);
          expectNoSerious(report, `popup QR codes, ${theme}`);
          await story.close();
        });

        it('popup: the check field showing its error', async () => {
          const { story } = await openPopup('', theme);
          await waitForSelector(story, '#check-input');
          await story.click('.check-link button[type="submit"]');
          await waitForSelector(story, '#check-problem');
          const report = await runAxe(story);
          await checkIncomplete(story, report, `popup check error, ${theme}`);
          expectNoSerious(report, `popup check error, ${theme}`);
          await story.close();
        });

        it('options: every section, <details> open, two fields showing errors', async () => {
          const { story } = await openOptions(theme);
          expect(await openAllDetails(story)).toBeGreaterThan(0);
          await story.click('#server-add'); // nothing typed
          await waitForSelector(story, '#server-problem');
          await story.fill('#site-input', 'javascript:alert(1)');
          await story.click('#site-add');
          await waitForSelector(story, '#site-problem');
          expect(await story.evaluate(() => document.querySelectorAll('.trusted-list li, .sites-list li, .paused-list li').length)).toBe(5);
          const report = await runAxe(story);
          await checkIncomplete(story, report, `options, ${theme}`);
          expectNoSerious(report, `options, ${theme}`);
          await story.close();
        });
      });
    }

    describe('in web pages (one look: a white panel on any page)', () => {
      it('the warning dialog: axe inside its closed shadow root, a modal dialog named by its title', async () => {
        const { story, raw } = await openA11yPage(browser, `${server.origin}/page-click-warning.html`);
        await story.waitUntil(() => document.querySelectorAll('invite-guard-badge').length === 4);
        await story.click('#lookalike');
        await story.waitUntil(() => document.querySelector('invite-guard-warning') !== null);
        expect(await exposeClosedShadowRoots(raw)).toBe(5);
        const dialog = await story.evaluate(() => {
          const root = document.querySelector('invite-guard-warning')!.shadowRoot!;
          const d = root.querySelector('dialog')!;
          const title = root.getElementById(d.getAttribute('aria-labelledby') ?? '');
          return {
            modal: d.matches(':modal'),
            title: title?.localName,
            named: (title?.textContent ?? '').length > 0,
            dir: d.getAttribute('dir'),
            address: root.querySelector('code')?.getAttribute('dir'),
            addressDirection: getComputedStyle(root.querySelector('code')!).direction,
            buttons: Array.from(root.querySelectorAll('button')).map((b) => (b.textContent ?? '').length > 0),
          };
        });
        expect(dialog).toEqual({ modal: true, title: 'h2', named: true, dir: 'ltr', address: 'ltr', addressDirection: 'ltr', buttons: [true, true] });
        if (raw.browser === 'chromium') {
          // The browser's own accessibility tree, as a screen reader gets it.
          const cdp = await raw.chromium.context.newCDPSession(raw.page);
          const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as unknown as {
            nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[]; ignored: boolean }[];
          };
          await cdp.detach();
          // The title's words: its sign (the level's glyph) is decorative, hidden from the tree.
          const title = await story.evaluate(() => {
            const h2 = document.querySelector('invite-guard-warning')!.shadowRoot!.querySelector('h2')!.cloneNode(true) as HTMLElement;
            for (const hidden of Array.from(h2.querySelectorAll('[aria-hidden="true"]'))) hidden.remove();
            return h2.textContent;
          });
          expect(title).toBe('Stop: Imitation of Zoom — not Zoom');
          const dialogNode = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
          expect(dialogNode?.name?.value).toBe(title);
          expect(dialogNode?.properties?.find((p) => p.name === 'modal')?.value.value).toBe(true);
          const buttons = nodes.filter(
            (n) => n.role?.value === 'button' && !n.ignored && n.properties?.some((p) => p.name === 'focusable' && p.value.value === true),
          );
          // The page is inert behind the modal: only the dialog's two buttons can take focus.
          expect(buttons.map((b) => (b.name?.value ?? '').length > 0)).toEqual([true, true]);
        }
        const report = await runAxe(story);
        expect(report.passesInShadow).toBeGreaterThan(3);
        await checkIncomplete(story, report, 'warning dialog');
        expectNoSerious(report, 'warning dialog');
        await story.press('Escape');
        await story.close();
      });

      it('badges on a page, and a badge’s card: axe on the page and inside the badges', async () => {
        const { story, raw } = await openA11yPage(browser, `${server.origin}/page-levels.html`);
        await story.waitUntil(() =>
          ['ok', 'caution', 'avoid', 'danger'].every((id) => document.getElementById(id)?.nextElementSibling?.localName === 'invite-guard-badge'),
        );
        expect(await exposeClosedShadowRoots(raw)).toBeGreaterThanOrEqual(4);
        let report = await runAxe(story);
        expect(report.passesInShadow).toBeGreaterThan(3);
        await checkIncomplete(story, report, 'badges');
        expectNoSerious(report, 'badges');
        expectSignsSeen(await badgeSigns(story), 'light page');

        // The same badges on a dark page: axe-clean, and each sign's edge or ring still stands out.
        await story.evaluate(() => {
          document.body.style.background = '#121212';
          document.body.style.color = '#e8e8e8';
          // Links in the page and in its open shadow root: light blue, as dark pages have them.
          for (const root of [document, document.getElementById('shadow-host')!.shadowRoot!])
            for (const a of Array.from(root.querySelectorAll('a'))) a.style.color = '#8ab4f8';
        });
        await story.settle();
        report = await runAxe(story);
        await checkIncomplete(story, report, 'badges, dark page');
        expectNoSerious(report, 'badges, dark page');
        expectSignsSeen(await badgeSigns(story), 'dark page');
        await story.evaluate(() => {
          document.body.removeAttribute('style');
          for (const root of [document, document.getElementById('shadow-host')!.shadowRoot!])
            for (const a of Array.from(root.querySelectorAll('a'))) a.removeAttribute('style');
        });

        await story.click('#avoid + invite-guard-badge');
        await story.waitUntil(
          () => document.getElementById('avoid')!.nextElementSibling!.shadowRoot?.querySelector('[popover]')?.matches(':popover-open') === true,
        );
        const card = await story.evaluate(() => {
          const c = document.getElementById('avoid')!.nextElementSibling!.shadowRoot!.querySelector('[popover]')!;
          return { role: c.getAttribute('role'), named: (c.getAttribute('aria-label') ?? '').length > 0, dir: c.getAttribute('dir') };
        });
        expect(card).toEqual({ role: 'dialog', named: true, dir: 'ltr' });
        report = await runAxe(story);
        await checkIncomplete(story, report, 'badge card');
        expectNoSerious(report, 'badge card');
        await story.press('Escape');
        await story.close();
      });
    });

    describe('keyboard', () => {
      it('popup: Tab reaches every control of a card (details open) and the check field, each with a visible focus ring', async () => {
        for (const theme of ['light', 'dark'] as const) {
          await browser.setSettings({ theme });
          const { story } = await openPopup(`#check=${encodeURIComponent('https://meet.jit.si/yoga')}`, theme);
          await waitForSelector(story, '.card .trust-server');
          await openAllDetails(story);
          await story.settle();
          expectFullTabWalk(await walkWithTab(story));
          await story.close();
        }
      });

      it('popup: Tab reaches every link on a page, each with a visible focus ring', async () => {
        await browser.setSettings({ theme: 'dark' });
        const fixture = await openA11yPage(browser, `${server.origin}/popup-links.html`);
        const { story } = await openPopup('', 'dark');
        const tabId = await tabOpenedBefore(story);
        await waitForStorage(story, 'session', (v) => ((v[`tabReport:${tabId}`] as { links?: unknown[] } | undefined)?.links?.length ?? 0) >= 4, 15_000);
        await story.goto(browser.harness.extensionUrl(`popup.html#tab=${tabId}`));
        await waitForSelector(story, '.page-links .link-row');
        const walk = await walkWithTab(story);
        expect(walk.expected.filter((n) => n.includes('link-row'))).toHaveLength(4);
        expectFullTabWalk(walk);
        await story.close();
        await fixture.story.close();
      });

      it('options: Tab reaches every control (details open), each with a visible focus ring', async () => {
        for (const theme of ['light', 'dark'] as const) {
          await browser.setSettings({ theme });
          const { story } = await openOptions(theme);
          await openAllDetails(story);
          await story.settle();
          const walk = await walkWithTab(story);
          expect(walk.expected.some((n) => n.includes('input#theme-'))).toBe(true);
          expectFullTabWalk(walk);
          await story.close();
        }
      });

      it('the warning dialog, opened with Enter: Tab and Shift+Tab stay on its two buttons, with a ring; "Go back" returns the focus to the link', async () => {
        const { story, raw } = await openA11yPage(browser, `${server.origin}/page-click-warning.html`);
        await story.waitUntil(() => document.querySelectorAll('invite-guard-badge').length === 4);
        await story.evaluate(() => document.getElementById('lookalike')!.focus());
        await story.press('Enter');
        await story.waitUntil(() => document.querySelector('invite-guard-warning') !== null);
        await exposeClosedShadowRoots(raw);
        const focused = () =>
          story.evaluate(() => {
            const host = document.querySelector('invite-guard-warning');
            const el = host?.shadowRoot?.activeElement as HTMLButtonElement | null | undefined;
            if (document.activeElement !== host || !el) return `outside: ${document.activeElement?.localName}`;
            const s = getComputedStyle(el);
            return `${el.value} ${el.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'ring' : 'no ring'}`;
          });
        await story.waitUntil(() => document.querySelector('invite-guard-warning')?.shadowRoot?.activeElement?.localName === 'button');
        expect(await focused()).toBe('back ring');
        const seen: string[] = [];
        for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
          await story.press(key);
          seen.push(await focused());
        }
        expect(seen).toEqual(['open ring', 'back ring', 'open ring', 'back ring', 'open ring', 'back ring']);
        await story.press('Enter'); // "Go back"
        await story.waitUntil(() => document.querySelector('invite-guard-warning') === null);
        expect(await story.evaluate(() => document.activeElement?.id)).toBe('lookalike');
        expect(story.url()).toBe(`${server.origin}/page-click-warning.html`);
        await story.close();
      });

      it('a badge’s card: Enter opens it with the focus inside, Escape closes it and gives the focus back to the badge', async () => {
        const { story, raw } = await openA11yPage(browser, `${server.origin}/page-levels.html`);
        await story.waitUntil(() => document.getElementById('avoid')?.nextElementSibling?.localName === 'invite-guard-badge');
        await exposeClosedShadowRoots(raw);
        await story.evaluate(() => document.getElementById('avoid')!.focus());
        await story.press('Tab');
        const badgeState = () =>
          story.evaluate(() => {
            const badge = document.getElementById('avoid')!.nextElementSibling!;
            const inside = badge.shadowRoot!.activeElement as HTMLElement | null;
            const s = inside && getComputedStyle(inside);
            return {
              focus: document.activeElement === badge ? (inside?.className ?? 'host') : `outside: ${document.activeElement?.localName}`,
              ring: !!inside && inside.matches(':focus-visible') && s!.outlineStyle !== 'none' && parseFloat(s!.outlineWidth) >= 2,
              open: badge.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'),
            };
          });
        expect(await badgeState()).toEqual({ focus: 'b avoid', ring: true, open: false });
        await story.press('Enter');
        await story.waitUntil(() => (document.getElementById('avoid')!.nextElementSibling!.shadowRoot!.activeElement as HTMLElement | null)?.className === 'm');
        expect(await badgeState()).toEqual({ focus: 'm', ring: true, open: true });
        await story.press('Escape');
        await story.waitUntil(() => !document.getElementById('avoid')!.nextElementSibling!.shadowRoot!.querySelector('[popover]')!.matches(':popover-open'));
        // The card hands the focus back while it closes (beforetoggle), not a task later.
        expect(await badgeState()).toEqual({ focus: 'b avoid', ring: true, open: false });
        await story.close();
      });
    });

    describe('right to left (dir="rtl" forced on the page)', () => {
      beforeAll(async () => {
        await browser.setSettings({ theme: 'light' });
      });

      const forceRtl = async (page: StoryPage) => {
        await page.evaluate(() => {
          document.documentElement.dir = 'rtl';
        });
        await page.settle();
      };

      it('popup: the card mirrors, host names and addresses stay left to right', async () => {
        const { story } = await openPopup(`#check=${encodeURIComponent('https://meet.jit.si/yoga')}`, 'light');
        await waitForSelector(story, '.server-panel .host');
        await forceRtl(story);
        const layout = await story.evaluate(() => {
          const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
          const card = getComputedStyle(document.querySelector('.card')!);
          return {
            direction: getComputedStyle(document.body).direction,
            hostDirection: getComputedStyle(document.querySelector('.server-panel .host')!).direction,
            // The level stripe is on the start side: the right.
            stripe: [card.borderRightWidth, card.borderLeftWidth],
            titleRightOfSettings: box('.bar h1').left > box('.bar button').right,
            headingRightOfLevel: box('.card-head h2').left > box('.card-head .level-tag').right,
            reasonsIndentRight: parseFloat(getComputedStyle(document.querySelector('.reasons')!).paddingRight) > 0,
          };
        });
        expect(layout).toEqual({
          direction: 'rtl',
          hostDirection: 'ltr',
          stripe: ['6px', '1px'],
          titleRightOfSettings: true,
          headingRightOfLevel: true,
          reasonsIndentRight: true,
        });
        await story.close();
      });

      it('popup: a lookalike’s address is shown whole, left to right, its end never cut', async () => {
        const long = `https://${LONG_HOST}/j/1`;
        const { story } = await openPopup(`#check=${encodeURIComponent(long)}`, 'light');
        await waitForSelector(story, '.card .target code');
        await forceRtl(story);
        const shown = await story.evaluate(() => {
          const code = document.querySelector('.card .target code')!;
          const card = document.querySelector('.card')!.getBoundingClientRect();
          const range = document.createRange();
          const text = code.firstChild!;
          range.setStart(text, text.textContent!.indexOf('evil.example'));
          range.setEnd(text, text.textContent!.indexOf('evil.example') + 'evil.example'.length);
          const end = range.getBoundingClientRect();
          return {
            direction: getComputedStyle(code).direction,
            lines: code.getClientRects().length > 1 || code.getBoundingClientRect().height > parseFloat(getComputedStyle(code).lineHeight) * 1.5,
            endInside: end.width > 0 && end.left >= card.left && end.right <= card.right,
            overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
          };
        });
        expect(shown).toEqual({ direction: 'ltr', lines: true, endInside: true, overflows: false });
        await story.close();
      });

      it('popup: the links on a page mirror, each address left to right', async () => {
        const fixture = await openA11yPage(browser, `${server.origin}/popup-links.html`);
        const { story } = await openPopup('', 'light');
        const tabId = await tabOpenedBefore(story);
        await waitForStorage(story, 'session', (v) => ((v[`tabReport:${tabId}`] as { links?: unknown[] } | undefined)?.links?.length ?? 0) >= 4, 15_000);
        await story.goto(browser.harness.extensionUrl(`popup.html#tab=${tabId}`));
        await waitForSelector(story, '.page-links .link-row');
        await forceRtl(story);
        const rows = await story.evaluate(() =>
          Array.from(document.querySelectorAll('.link-row')).map((row) => {
            const glyph = row.querySelector('.sign')!.getBoundingClientRect();
            const url = row.querySelector('.url')!;
            return {
              glyphOnRight: glyph.left > url.getBoundingClientRect().right - 1,
              urlDirection: getComputedStyle(url).direction,
              stripe: getComputedStyle(row).borderRightWidth,
            };
          }),
        );
        expect(rows.length).toBe(4);
        for (const row of rows) expect(row).toEqual({ glyphOnRight: true, urlDirection: 'ltr', stripe: '4px' });
        await story.close();
        await fixture.story.close();
      });

      it('options: lists and choices mirror, host names stay left to right', async () => {
        const { story } = await openOptions('light');
        await openAllDetails(story);
        await forceRtl(story);
        const layout = await story.evaluate(() => {
          const box = (el: Element) => el.getBoundingClientRect();
          const row = document.querySelector('.trusted-list li')!;
          const radio = document.querySelector('#theme-dark')!;
          const summary = getComputedStyle(document.querySelector('details > summary')!);
          return {
            hostDirection: getComputedStyle(row.querySelector('.host')!).direction,
            hostRightOfButton: box(row.querySelector('.host')!).left > box(row.querySelector('button')!).right,
            radioRightOfLabel: box(radio).left > box(document.querySelector('label[for="theme-dark"]')!).right,
            summaryIndent: [summary.marginRight !== '0px', summary.marginLeft],
          };
        });
        expect(layout).toEqual({ hostDirection: 'ltr', hostRightOfButton: true, radioRightOfLabel: true, summaryIndent: [true, '0px'] });

        // Narrow: a host too long for its line wraps inside its row, and its end still shows.
        await story.setViewport(POPUP.width, POPUP.height);
        await story.settle();
        const long = await story.evaluateWith((host) => {
          const row = Array.from(document.querySelectorAll('.sites-list li')).find((li) => li.getAttribute('data-host') === host)!;
          const shown = row.querySelector('.host')!;
          const text = shown.firstChild!;
          const range = document.createRange();
          range.setStart(text, host.length - 'evil.example'.length);
          range.setEnd(text, host.length);
          const end = range.getBoundingClientRect();
          const box = row.getBoundingClientRect();
          return {
            direction: getComputedStyle(shown).direction,
            wraps: shown.getClientRects().length > 1 || shown.getBoundingClientRect().height > parseFloat(getComputedStyle(shown).lineHeight) * 1.5,
            endInside: end.width > 0 && end.left >= box.left && end.right <= box.right && end.right <= document.documentElement.clientWidth,
            overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
          };
        }, LONG_HOST);
        expect(long).toEqual({ direction: 'ltr', wraps: true, endInside: true, overflows: false });
        await story.close();
      });
    });
  });
}
