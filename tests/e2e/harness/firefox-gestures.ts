/**
 * A person's gestures on the extension's own UI in headless Firefox, made in the browser's own
 * window: the harness starts Firefox with --remote-allow-system-access, which lets WebDriver
 * BiDi run code there ("moz:scope": "chrome"). The toolbar button is clicked with trusted mouse
 * events, the page's real context menu is opened with a right-click and our item chosen in it:
 * both are the paths a person's clicks take, so activeTab is granted as it would be.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { ToolbarPopup } from './types';
import { STATE_TIMEOUT_MS } from './wait';

interface BidiReply {
  result: {
    type: 'success' | 'exception';
    result?: { value?: string };
    exceptionDetails?: { text: string };
    contexts?: { context: string; url: string }[];
  };
}

interface BidiConnection {
  send(method: string, params: object): Promise<BidiReply>;
}

/** Firefox's name for an add-on's widgets ("invite-guard@invite-guard.org" → "invite-guard_invite-guard_org"). */
const widgetId = (addonId: string) => addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');

/**
 * Runs `body` (an async function's body, with `arg` in scope) in the browser window, where
 * CustomizableUI, gUnifiedExtensions and ChromeUtils are. Returns its JSON result.
 */
export async function inBrowserWindow<R>(browser: Browser, body: string, arg: unknown = null): Promise<R> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.result.contexts?.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window to run in');
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `async function (argJson) { const arg = JSON.parse(argJson); const until = async (ok, ms = ${STATE_TIMEOUT_MS}) => { const end = Date.now() + ms; while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 50)); return ok(); }; const r = await (async () => { ${body} })(); return JSON.stringify(r ?? null); }`,
    arguments: [{ type: 'string', value: JSON.stringify(arg) }],
    target: { context: window.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`in the browser window: ${result.exceptionDetails?.text}`);
  return JSON.parse(result.result?.value ?? 'null') as R;
}

/** Clicks the add-on's toolbar button for `page`'s tab (from the Extensions panel, where an unpinned button is). */
export async function openToolbarPopup(browser: Browser, addonId: string, page: Page): Promise<ToolbarPopup> {
  await page.bringToFront();
  const opened = await inBrowserWindow<boolean>(
    browser,
    `const id = arg.widget + '-browser-action';
    if (CustomizableUI.getPlacementOfWidget(id)?.area === CustomizableUI.AREA_ADDONS) {
      await gUnifiedExtensions.togglePanel();
      if (!(await until(() => gUnifiedExtensions.panel.state === 'open'))) throw new Error('the Extensions panel did not open');
    }
    const button = CustomizableUI.getWidget(id).forWindow(window).node.querySelector('.unified-extensions-item-action-button');
    const box = button.getBoundingClientRect();
    const at = { bubbles: true, cancelable: true, composed: true, view: window, button: 0, detail: 1, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
    for (const type of ['mouseover', 'mousedown', 'mouseup', 'click']) button.dispatchEvent(new MouseEvent(type, { ...at, buttons: type === 'mousedown' ? 1 : 0 }));
    const view = document.getElementById('PanelUI-webext-' + arg.widget + '-BAV');
    return until(() => view?.getAttribute('visible') === 'true');`,
    { widget: widgetId(addonId) },
  );
  if (!opened) throw new Error('the toolbar popup did not open');
  return popupHandle(browser, addonId);
}

/** Where `selector` is in the page's viewport, also inside an iframe of the top page. */
async function placeOf(page: Page, selector: string, inFrame: string | undefined): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = (frame: string | null, inner: string) =>
    page.evaluate(
      (frame, inner) => {
        const root = frame ? document.querySelector<HTMLIFrameElement>(frame)?.contentDocument : document;
        const element = root?.querySelector(inner);
        if (!element) return null;
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      },
      frame,
      inner,
    );
  const inner = await box(inFrame ?? null, selector);
  const outer = inFrame ? await box(null, inFrame) : { x: 0, y: 0 };
  if (!inner || !outer) throw new Error(`${selector} is not on screen`);
  return { ...inner, x: inner.x + outer.x, y: inner.y + outer.y };
}

/** Right-clicks `selector` (the page's real context menu opens) and chooses the add-on's item `itemId`. */
export async function chooseImageMenuItem(
  browser: Browser,
  addonId: string,
  page: Page,
  selector: string,
  itemId: string,
  opens: (url: string) => boolean,
  inFrame?: string,
): Promise<Page> {
  await page.bringToFront();
  const box = await placeOf(page, selector, inFrame);
  const before = new Set(await browser.pages());
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await inBrowserWindow(
    browser,
    `const menu = document.getElementById('contentAreaContextMenu');
    // Firefox prefixes string item ids with "_".
    const id = arg.widget + '-menuitem-_' + arg.itemId;
    if (!(await until(() => menu.state === 'open' && document.getElementById(id)))) throw new Error('the context menu or its item did not appear');
    menu.activateItem(document.getElementById(id));`,
    { widget: widgetId(addonId), itemId },
  );

  // Firefox sends WebDriver no navigation events for moz-extension:// tabs, so Puppeteer still
  // calls the new tab about:blank: ask each new tab where it is.
  for (const until = Date.now() + STATE_TIMEOUT_MS; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
    for (const tab of await browser.pages()) {
      if (before.has(tab)) continue;
      const url = await tab.evaluate(() => location.href).catch(() => '');
      if (opens(url)) return tab;
    }
  }
  throw new Error('the menu item opened no tab');
}

/**
 * The open popup, reached through its <browser>'s message manager: a frame script runs the
 * test's function in the popup's document (the popup is no WebDriver target) and sends back
 * its JSON. Clicks made there are trusted events but carry no user activation; nothing in the
 * popup needs one (captureVisibleTab needs only the toolbar click's activeTab grant).
 */
function popupHandle(browser: Browser, addonId: string): ToolbarPopup {
  const run = async <A, R>(fn: (arg: A) => R, arg: A, poll: boolean, timeoutMs: number): Promise<R> => {
    const reply = await inBrowserWindow<{ ok: boolean; json?: string; error?: string }>(
      browser,
      `const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
      const messages = ViewPopup.for(WebExtensionPolicy.getByID(arg.addonId).extension, window)?.browser?.messageManager;
      if (!messages) return { ok: false, error: 'no open popup' };
      const name = 'invite-guard-e2e:' + Math.random().toString(36).slice(2);
      const script = '(async () => { let out; try {'
        + ' const window = content, document = content.document, fn = (' + arg.fn + ');'
        + ' const end = Date.now() + ' + arg.timeoutMs + '; let value;'
        + ' for (;;) { value = await fn(' + JSON.stringify(arg.arg) + '); if (!' + arg.poll + ' || value || Date.now() > end) break; await new Promise((r) => content.setTimeout(r, 100)); }'
        + ' out = { ok: !' + arg.poll + ' || !!value, json: JSON.stringify(value === undefined ? null : value) };'
        + ' } catch (e) { out = { ok: false, error: String(e) }; } sendAsyncMessage(' + JSON.stringify(name) + ', out); })();';
      return new Promise((resolve) => {
        const done = (value) => { clearTimeout(timer); messages.removeMessageListener(name, heard); resolve(value); };
        const heard = (message) => done(message.data);
        const timer = setTimeout(() => done({ ok: false, error: 'no answer from the popup' }), arg.timeoutMs + 5000);
        messages.addMessageListener(name, heard);
        messages.loadFrameScript('data:,' + encodeURIComponent(script), false);
      });`,
      { addonId, fn: fn.toString(), arg, poll, timeoutMs },
    );
    if (!reply.ok) throw new Error(poll ? `the popup never reached the state ${fn.toString()}` : `in the popup: ${reply.error}`);
    return JSON.parse(reply.json ?? 'null') as R;
  };
  return {
    evaluateWith: (fn, arg) => run(fn, arg, false, STATE_TIMEOUT_MS),
    waitUntilWith: async (fn, arg, timeoutMs = STATE_TIMEOUT_MS) => {
      await run(fn, arg, true, timeoutMs);
    },
    close: async () => {
      await inBrowserWindow(
        browser,
        `const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
        ViewPopup.for(WebExtensionPolicy.getByID(arg.addonId).extension, window)?.closePopup();`,
        { addonId },
      );
    },
  };
}
