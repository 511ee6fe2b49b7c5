/**
 * What the popup and options stories share: the extension's storage read and written from one
 * of its own pages (as the popup and options do), waiting for text, and where screenshots go.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ExtensionBrowser, TestPage, ToolbarPopup } from './harness/types';
import { STATE_TIMEOUT_MS } from './harness/wait';

type Area = 'local' | 'session';

/** The few extension APIs the stories call, in both browsers' spelling (browser / chrome). */
interface Api {
  storage: Record<
    Area,
    { get(keys: string[] | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; clear(): Promise<void> }
  >;
  tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<{ id?: number }[]> };
}

/** docs/screenshots/<name>.png, written by the Chromium run. */
export function screenshotPath(name: string): string {
  const dir = path.resolve('docs/screenshots');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

export async function openExtensionPage(browser: ExtensionBrowser, file: string): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(browser.extensionUrl(file));
  return page;
}

/** Reads a storage area from an extension page (`null`: everything in it). */
export async function storageGet(page: TestPage, area: Area, keys: string[] | null = null): Promise<Record<string, unknown>> {
  return await page.evaluateWith(
    async ({ area, keys }) => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (g.browser ?? g.chrome).storage[area].get(keys);
    },
    { area, keys },
  );
}

export async function storageSet(page: TestPage, area: Area, values: Record<string, unknown>): Promise<void> {
  await page.evaluateWith(
    async ({ area, values }) => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      await (g.browser ?? g.chrome).storage[area].set(values);
    },
    { area, values },
  );
}

export async function storageClear(page: TestPage, area: Area): Promise<void> {
  await page.evaluateWith(async (area) => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    await (g.browser ?? g.chrome).storage[area].clear();
  }, area);
}

/** The ids of the open tabs, oldest first, and the calling page's own. */
export async function tabIds(page: TestPage): Promise<{ all: number[]; self: number | null }> {
  return await page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const self = await api.tabs.getCurrent();
    const tabs = await api.tabs.query({});
    return { all: tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])).sort((a, b) => a - b), self: self?.id ?? null };
  });
}

/** The tab opened just before the calling extension page (tab ids only grow). */
export async function tabOpenedBefore(page: TestPage): Promise<number> {
  const { all, self } = await tabIds(page);
  const before = all.filter((id) => self === null || id < self);
  if (before.length === 0) throw new Error('no tab was opened before this page');
  return before[before.length - 1]!;
}

export function textOf(page: TestPage, selector: string): Promise<string> {
  return page.evaluateWith((s) => document.querySelector(s)?.textContent ?? '', selector);
}

export function waitForText(page: TestPage, selector: string, text: string, timeoutMs = STATE_TIMEOUT_MS): Promise<void> {
  return page.waitUntilWith(({ selector, text }) => (document.querySelector(selector)?.textContent ?? '').includes(text), { selector, text }, timeoutMs);
}

export function waitForSelector(page: TestPage, selector: string, timeoutMs = STATE_TIMEOUT_MS): Promise<void> {
  return page.waitUntilWith((s) => document.querySelector(s) !== null, selector, timeoutMs);
}

/** Polls storage from an extension page until `check` holds; returns the last value read. */
export async function waitForStorage(
  page: TestPage,
  area: Area,
  check: (values: Record<string, unknown>) => boolean,
  timeoutMs = STATE_TIMEOUT_MS,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const values = await storageGet(page, area);
    if (check(values)) return values;
    if (Date.now() > deadline) throw new Error(`storage.${area} never reached the expected state; last: ${JSON.stringify(values).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The popup opened with `link` checked (`popup.html#check=…`, contract 3). */
export const checkUrl = (browser: ExtensionBrowser, link: string) => browser.extensionUrl(`popup.html#check=${encodeURIComponent(link)}`);

/** Waits until the popup's card shows `level`. */
export async function cardLevel(page: TestPage, level: string): Promise<void> {
  await page.waitUntilWith((l) => document.querySelector('.card')?.getAttribute('data-level') === l, level);
}

/** Clicks "Export settings" and returns the file's text, caught before it becomes a download. */
export async function exportedText(page: TestPage): Promise<{ name: string; text: string }> {
  await page.evaluate(() => {
    const w = window as unknown as { exported?: Promise<{ name: string; text: string }> };
    const originalClick = HTMLAnchorElement.prototype.click;
    w.exported = new Promise((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        HTMLAnchorElement.prototype.click = originalClick;
        void fetch(this.href)
          .then((r) => r.text())
          .then((text) => resolve({ name: this.download, text }));
      };
    });
  });
  await page.click('#export-settings');
  return page.evaluate(() => (window as unknown as { exported: Promise<{ name: string; text: string }> }).exported) as unknown as Promise<{
    name: string;
    text: string;
  }>;
}

/** A file as a test hands it to a page: its bytes in base64, its type and name. */
export interface GivenFile {
  base64: string;
  type: string;
  name: string;
}

/**
 * Pastes or drops `file` on the page, as a person does with a screenshot (the event carries it
 * in a DataTransfer). Firefox's ClipboardEvent constructor gives listeners an empty
 * clipboardData, so there only a drop carries a file.
 */
export function giveFile(page: Pick<TestPage, 'evaluateWith'>, how: 'paste' | 'drop', file: GivenFile): Promise<void> {
  return page.evaluateWith(
    ({ how, file }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
      const event =
        how === 'paste'
          ? new ClipboardEvent('paste', { clipboardData: data, bubbles: true })
          : new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
    },
    { how, file },
  );
}

/** Resolves once every image in the page has loaded (a QR code half loaded is no code yet). */
export function waitForImages(page: TestPage): Promise<void> {
  return page.waitUntil(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
}

/**
 * Presses "Check QR codes on this page" in the toolbar popup, and waits until the check has said
 * what it found (the count, "none found", or a problem, in its status region).
 */
export async function checkQrCodesInPopup(popup: ToolbarPopup): Promise<void> {
  await popup.waitUntilWith(() => document.querySelector('.qr-check-tab') !== null, null);
  await popup.evaluateWith(() => document.querySelector<HTMLButtonElement>('.qr-check-tab')!.click(), null);
  await popup.waitUntilWith(
    () => document.querySelector('.qr-check')?.getAttribute('data-step') === 'read' && (document.querySelector('.qr-result')?.textContent ?? '') !== '',
    null,
  );
}
