/**
 * What the hostile-page stories need beyond page-story-support: the raw driver page (to listen
 * for errors and to inject a known error as a positive control) and a record of every uncaught
 * error the browser lets a test see, by whose it was.
 *
 * What each browser lets a test observe:
 * - Chromium: a CDP session on the page reports Runtime.exceptionThrown for every execution
 *   context, the page's main world and the extension's isolated world (the content script)
 *   alike, each named by Runtime.executionContextCreated (auxData.type "isolated", name = the
 *   extension's name). Playwright's own 'pageerror' sees the main world only. The extension's
 *   service worker is watched by listeners installed in it ('error', 'unhandledrejection').
 *   A positive control throws inside the content script's world and must be seen.
 * - Firefox (Puppeteer over WebDriver BiDi): 'pageerror' and 'console' report the page's own
 *   realm. Whether Firefox forwards errors from the content script's sandbox over BiDi is not
 *   something a test can prove here: the extension has no permission to run a script in a tab
 *   (no `tabs.executeScript` host access), so there is no positive control. The Firefox check is
 *   therefore a best effort, and the stories' other assertions (badges placed, the page's
 *   probes still running, the click guard still working) are what show the content script did
 *   not die there.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import type { ChromiumExtensionBrowser } from './harness/chromium';
import type { StoryBrowser, StoryPage } from './page-story-support';
import { STATE_TIMEOUT_MS } from './harness/wait';

// page-story-support wraps puppeteer.launch when imported (above); this wraps its wrapper.
let firefoxBrowser: PuppeteerBrowser | null = null;
const launchPuppeteer = puppeteer.launch.bind(puppeteer);
puppeteer.launch = async (options) => (firefoxBrowser = await launchPuppeteer(options));

export interface ObservedError {
  /** "page" (main world), "extension" (content script's world), "other". */
  world: 'page' | 'extension' | 'other';
  text: string;
}

export interface WatchedPage {
  page: Page;
  /** Uncaught errors seen so far. */
  errors: ObservedError[];
  /** Chromium only: throws asynchronously inside the content script's world (positive control). */
  throwInExtensionWorld?(message: string): Promise<void>;
  /** Chromium only: runs `expression` inside the content script's world (positive controls). */
  runInExtensionWorld?(expression: string): Promise<void>;
  /** Console messages of level error/warning, for the report. */
  console: string[];
}

/** window.measure of the scale fixtures (tests/fixtures/pages/hostile-measure.js). */
export interface Measure {
  ticks: number;
  badgeTicks: number[];
  longTaskSupported: boolean;
  longTasks: [number, number][];
  gaps: [number, number][];
  maxGap: number;
  maxPageChunk: number;
  loafSupported: boolean;
  longFrames: { start: number; duration: number; blocking: number; scripts: [string, number][] }[];
}

interface ContextInfo {
  id: number;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/** Opens `url` with error watching set up before the page's first script runs. */
export async function openWatched(browser: StoryBrowser, url: string, extensionName = 'Invite Guard'): Promise<WatchedPage> {
  const errors: ObservedError[] = [];
  const consoleLines: string[] = [];
  if (browser.name === 'chromium') {
    const context = (browser.harness as ChromiumExtensionBrowser).context;
    const raw: PlaywrightPage = await context.newPage();
    const contexts = new Map<number, ContextInfo>();
    const cdp: CDPSession = await context.newCDPSession(raw);
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => contexts.set(c.id, c as ContextInfo));
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const c = d.executionContextId === undefined ? undefined : contexts.get(d.executionContextId);
      const world = !c ? 'other' : c.auxData?.isDefault ? 'page' : c.name === extensionName || c.auxData?.type === 'isolated' ? 'extension' : 'other';
      errors.push({ world, text: `${d.text} ${d.exception?.description ?? ''}`.slice(0, 500) });
    });
    await cdp.send('Runtime.enable');
    raw.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleLines.push(`${m.type()}: ${m.text().slice(0, 300)}`);
    });
    const page = wrapChromium(raw);
    const runInExtensionWorld = async (expression: string) => {
      const ours = [...contexts.values()].find((c) => c.name === extensionName && c.auxData?.type === 'isolated');
      if (!ours) throw new Error(`no isolated world named ${extensionName}: ${[...contexts.values()].map((c) => c.name).join(', ')}`);
      await cdp.send('Runtime.evaluate', { contextId: ours.id, expression });
    };
    await page.goto(url);
    return {
      page,
      errors,
      console: consoleLines,
      throwInExtensionWorld: (message) => runInExtensionWorld(`setTimeout(() => { throw new Error(${JSON.stringify(message)}) })`),
      runInExtensionWorld,
    };
  }
  const page = await browser.open('about:blank');
  const raw = (await firefoxBrowser!.pages()).at(-1)!;
  raw.on('pageerror', (error) => errors.push({ world: 'page', text: String((error as Error)?.message ?? error).slice(0, 500) }));
  raw.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') consoleLines.push(`${m.type()}: ${m.text().slice(0, 300)}`);
  });
  await page.goto(url);
  return { page, errors, console: consoleLines };
}

type Page = Pick<StoryPage, 'goto' | 'evaluate' | 'evaluateWith' | 'waitUntil' | 'waitUntilWith' | 'click' | 'press' | 'close' | 'url'>;

/** The same page operations page-story-support gives, on a Playwright page we made ourselves. */
function wrapChromium(raw: PlaywrightPage): Page {
  return {
    goto: async (url) => {
      await raw.goto(url);
    },
    evaluate: (fn) => raw.evaluate(fn),
    evaluateWith: (fn, arg) => raw.evaluate(fn as (a: unknown) => never, arg as unknown),
    waitUntil: async (fn, timeoutMs = STATE_TIMEOUT_MS) => {
      await raw.waitForFunction(fn, undefined, { polling: 100, timeout: timeoutMs });
    },
    waitUntilWith: async (fn, arg, timeoutMs = STATE_TIMEOUT_MS) => {
      await raw.waitForFunction(fn as (a: unknown) => boolean, arg as unknown, { polling: 100, timeout: timeoutMs });
    },
    click: (selector) => raw.click(selector),
    press: (key) => raw.keyboard.press(key),
    close: () => raw.close(),
    url: () => raw.url(),
  };
}

/** Chromium: records uncaught errors in the extension's service worker from now on. */
export async function watchServiceWorker(browser: StoryBrowser): Promise<(() => Promise<string[]>) | null> {
  if (browser.name !== 'chromium') return null;
  const worker = (browser.harness as ChromiumExtensionBrowser).serviceWorker;
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __igErrors?: string[] };
    if (g.__igErrors) return;
    const seen: string[] = (g.__igErrors = []);
    self.addEventListener('error', (e) => seen.push(`error: ${e.message}`));
    self.addEventListener('unhandledrejection', (e) => seen.push(`rejection: ${String(e.reason)}`));
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __igErrors: string[] }).__igErrors.slice());
}

export const fromExtension = (errors: ObservedError[]) => errors.filter((e) => e.world !== 'page');
