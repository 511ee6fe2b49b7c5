/**
 * What the page stories need beyond the shared harness: clicks with a middle button or modifier
 * keys and key combinations (our dialog and card live in closed shadow roots and trust only the
 * person's own events), element screenshots, new tabs, the toolbar, the extension's settings.
 *
 * The harness's TestPage does not expose its Playwright/Puppeteer page, so this reaches the
 * same objects: Chromium's BrowserContext is public; for Firefox, puppeteer.launch is wrapped
 * (before the harness calls it) to keep the Browser it returns. A TestPage.raw would be simpler.
 */
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { TargetType, type Browser as PuppeteerBrowser, type KeyInput, type Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumExtensionBrowser } from './harness/chromium';
import type { BrowserLauncher, BrowserName, ExtensionBrowser, TestPage } from './harness/types';
import { STATE_TIMEOUT_MS } from './harness/wait';

let firefoxBrowser: PuppeteerBrowser | null = null;
const launchPuppeteer = puppeteer.launch.bind(puppeteer);
puppeteer.launch = async (options) => (firefoxBrowser = await launchPuppeteer(options));

export interface ClickOptions {
  button?: 'left' | 'middle';
  modifiers?: readonly ('Control' | 'Shift' | 'Meta')[];
}

export interface StoryPage extends TestPage {
  /** A real mouse click in the middle of the element `selector` finds (open shadow roots pierced). */
  click(selector: string, options?: ClickOptions): Promise<void>;
  /** A real key press, e.g. "Tab", "Enter", "Escape", "Shift+Tab". */
  press(key: string): Promise<void>;
  /** PNG of the box of the element `selector` finds. */
  elementShot(selector: string): Promise<Buffer>;
  url(): string;
  /** Resolves after the page has rendered twice: our UI's toggle events, which are tasks, have run. */
  settle(): Promise<void>;
  /** Waits until the page's URL satisfies `predicate`. */
  waitForUrl(predicate: (url: string) => boolean, timeoutMs?: number): Promise<void>;
}

export interface StoryBrowser {
  readonly name: BrowserName;
  readonly harness: ExtensionBrowser;
  open(url: string): Promise<StoryPage>;
  /** Writes raw keys to the extension's storage.local (as the options page would). */
  setSettings(values: Record<string, unknown>): Promise<void>;
  /** The toolbar badge texts of all open tabs (read from an extension page). */
  toolbarTexts(): Promise<string[]>;
  /** How many tabs and windows are open. */
  openTabs(): Promise<number>;
  /** Resolves with the URL of the next tab or window opened after the call (call it before the click). */
  nextNewTab(): Promise<string>;
  close(): Promise<void>;
}

async function poll(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The one extension API the stories call, in both browsers' spelling. */
interface StorageApi {
  storage: { local: { set(values: Record<string, unknown>): Promise<void> } };
}

async function settle(page: TestPage): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

const MIDDLE = { left: 'left', middle: 'middle' } as const;

function wrapChromium(page: TestPage, raw: PlaywrightPage): StoryPage {
  return {
    ...page,
    click: (selector, o = {}) => raw.click(selector, { button: MIDDLE[o.button ?? 'left'], modifiers: o.modifiers && [...o.modifiers] }),
    press: (key) => raw.keyboard.press(key),
    elementShot: (selector) => raw.locator(selector).screenshot(),
    url: () => raw.url(),
    waitForUrl: (predicate, timeoutMs = STATE_TIMEOUT_MS) => poll(() => predicate(raw.url()), timeoutMs, 'a URL'),
    settle: () => settle(page),
  };
}

function wrapFirefox(page: TestPage, raw: PuppeteerPage): StoryPage {
  return {
    ...page,
    async click(selector, o = {}) {
      const element = await raw.waitForSelector(`pierce/${selector}`);
      for (const key of o.modifiers ?? []) await raw.keyboard.down(key);
      await element!.click({ button: MIDDLE[o.button ?? 'left'] });
      for (const key of o.modifiers ?? []) await raw.keyboard.up(key);
    },
    async press(combination) {
      // Puppeteer presses one key at a time: "Shift+Tab" is Shift down, Tab, Shift up.
      const keys = combination.split('+') as KeyInput[];
      const key = keys.pop()!;
      for (const modifier of keys) await raw.keyboard.down(modifier);
      await raw.keyboard.press(key);
      for (const modifier of keys.reverse()) await raw.keyboard.up(modifier);
    },
    async elementShot(selector) {
      const element = await raw.waitForSelector(`pierce/${selector}`);
      return Buffer.from(await element!.screenshot());
    },
    url: () => raw.url(),
    waitForUrl: (predicate, timeoutMs = STATE_TIMEOUT_MS) => poll(() => predicate(raw.url()), timeoutMs, 'a URL'),
    settle: () => settle(page),
  };
}

export async function launchStoryBrowser({ name, launch }: BrowserLauncher): Promise<StoryBrowser> {
  const harness = await launch();
  const context: BrowserContext | null = name === 'chromium' ? (harness as ChromiumExtensionBrowser).context : null;
  const ff = name === 'firefox' ? firefoxBrowser : null;
  if (name === 'firefox' && !ff) throw new Error('the Firefox browser was not captured');

  const open = async (url: string): Promise<StoryPage> => {
    const page = await harness.newPage();
    const story = context ? wrapChromium(page, context.pages().at(-1)!) : wrapFirefox(page, (await ff!.pages()).at(-1)!);
    await story.goto(url);
    return story;
  };

  return {
    name,
    harness,
    open,
    async setSettings(values) {
      if (context) {
        await (harness as ChromiumExtensionBrowser).serviceWorker.evaluate(
          (v) => (globalThis as unknown as { chrome: StorageApi }).chrome.storage.local.set(v),
          values,
        );
        return;
      }
      const page = await harness.newPage();
      await page.goto(harness.extensionUrl('popup.html'));
      const raw = (await ff!.pages()).at(-1)!;
      await raw.evaluate((v) => (globalThis as unknown as { browser: StorageApi }).browser.storage.local.set(v), values);
      await page.close();
    },
    async toolbarTexts() {
      const page = await harness.newPage();
      await page.goto(harness.extensionUrl('popup.html'));
      const texts = await page.evaluate(async () => {
        interface Api {
          tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number } | undefined> };
          action?: { getBadgeText(d: { tabId: number }): Promise<string> };
          browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
        }
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        const action = (api.action ?? api.browserAction)!;
        const self = await api.tabs.getCurrent();
        const tabs = (await api.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self?.id);
        return Promise.all(tabs.map((t) => action.getBadgeText({ tabId: t.id! })));
      });
      await page.close();
      return texts;
    },
    openTabs: async () => (context ? context.pages().length : (await ff!.pages()).length),
    async nextNewTab() {
      if (context) {
        const page = await context.waitForEvent('page');
        await poll(() => page.url() !== 'about:blank', STATE_TIMEOUT_MS, 'the new tab to navigate');
        return page.url();
      }
      const before = new Set(ff!.targets()); // taken now, before the click that opens the tab
      let url = 'about:blank';
      await poll(
        async () => {
          const fresh = await ff!
            .targets()
            .find((t) => !before.has(t) && t.type() === TargetType.PAGE)
            ?.page();
          if (!fresh) return false;
          // Firefox reports no navigation events for moz-extension:// tabs: ask the document.
          url = fresh.url() !== 'about:blank' ? fresh.url() : await fresh.evaluate(() => location.href).catch(() => 'about:blank');
          return url !== 'about:blank';
        },
        STATE_TIMEOUT_MS,
        'a new tab',
      );
      // Firefox's interception is per page, so a new tab's request is refused by the closed
      // network instead of stood in: the URL it tried to open is in its error page's address.
      return url.startsWith('about:neterror') ? (new URL(url).searchParams.get('u') ?? url) : url;
    },
    close: () => harness.close(),
  };
}

/** The badge after the link with this id, as "platform/level", or null when there is none. */
export function badgeAfter(page: StoryPage, id: string): Promise<string | null> {
  return page.evaluateWith((linkId) => {
    const badge = document.getElementById(linkId)?.nextElementSibling;
    return badge?.localName === 'invite-guard-badge' ? `${badge.getAttribute('data-platform')}/${badge.getAttribute('data-level')}` : null;
  }, id);
}
