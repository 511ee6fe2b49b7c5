/**
 * A person's gestures on the extension's own UI in headless Chromium, which draws no toolbar and
 * no context menu. The toolbar click is real: DevTools' Extensions.triggerAction runs the
 * extension's action on a tab as a click would (the popup opens, activeTab is granted). The
 * context-menu choice is not: no protocol reaches that menu, so the test right-clicks the
 * element (the page sees its contextmenu event), grants activeTab with the toolbar click, and
 * hands the background's onClicked listener the info the menu would (chrome.contextMenus'
 * event object can dispatch to its listeners).
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import type { ToolbarPopup } from './types';
import { STATE_TIMEOUT_MS } from './wait';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function browserSession(context: BrowserContext): Promise<CDPSession> {
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser for the persistent context');
  return browser.newBrowserCDPSession();
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(session: CDPSession, filter?: { type: string }[]): Promise<TargetInfo[]> {
  return ((await session.send('Target.getTargets', filter ? { filter } : {})) as { targetInfos: TargetInfo[] }).targetInfos;
}

/** Clicks the extension's toolbar button for `page`'s tab; resolves with the popup that opened. */
export async function openToolbarPopup(context: BrowserContext, extensionId: string, page: Page): Promise<ToolbarPopup> {
  await page.bringToFront();
  const session = await browserSession(context);
  const tab = (await targets(session, [{ type: 'tab' }])).find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  let popup: TargetInfo | undefined;
  for (const until = Date.now() + STATE_TIMEOUT_MS; !popup && Date.now() < until; await sleep(50)) {
    popup = (await targets(session)).find((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/popup.html`));
  }
  if (!popup) throw new Error('the toolbar popup did not open');
  return attachPopup(session, popup.targetId);
}

/** Runs code in the popup through a DevTools session of its own (Playwright does not list popups). */
async function attachPopup(session: CDPSession, targetId: string): Promise<ToolbarPopup> {
  const { sessionId } = await session.send('Target.attachToTarget', { targetId, flatten: false });
  const replies = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (event.sessionId === sessionId && message.id !== undefined) replies.get(message.id)?.(message);
  });
  let nextId = 1;
  const call = <R>(method: string, params: object) =>
    new Promise<R>((resolve, reject) => {
      const id = nextId++;
      replies.set(id, (message) => {
        replies.delete(id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result as R);
      });
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  const evaluateWith = async <A, R>(fn: (arg: A) => R, arg: A): Promise<R> => {
    const result = await call<{ result: { value?: R }; exceptionDetails?: { text: string; exception?: { description?: string } } }>('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as R;
  };
  return {
    evaluateWith,
    waitUntilWith: async (fn, arg, timeoutMs = STATE_TIMEOUT_MS) => {
      for (const until = Date.now() + timeoutMs; ; await sleep(100)) {
        if (await evaluateWith(fn, arg).catch(() => false)) return;
        if (Date.now() > until) throw new Error(`the popup never reached the state ${fn.toString()}`);
      }
    },
    screenshot: async (path) => {
      const { data } = await call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    close: async () => {
      await session.send('Target.closeTarget', { targetId }).catch(() => undefined);
      await session.detach().catch(() => undefined);
    },
  };
}

/**
 * "Right-click `selector`, choose the menu item `itemId`": resolves with the tab the extension
 * opens for it (matched by `opens`). See the file's comment for what is real and what is not.
 */
export async function chooseImageMenuItem(
  context: BrowserContext,
  extensionId: string,
  worker: Worker,
  page: Page,
  selector: string,
  itemId: string,
  opens: (url: string) => boolean,
): Promise<Page> {
  await page.click(selector, { button: 'right' });
  const srcUrl = await page.$eval(selector, (image) => (image as HTMLImageElement).currentSrc);
  const popup = await openToolbarPopup(context, extensionId, page);
  await popup.close();
  const opened = context.waitForEvent('page', { predicate: (tab) => opens(tab.url()), timeout: STATE_TIMEOUT_MS });
  await worker.evaluate(
    async ({ srcUrl, itemId }) => {
      const chrome = (globalThis as unknown as { chrome: ChromeForMenu }).chrome;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      chrome.contextMenus.onClicked.dispatch({ menuItemId: itemId, srcUrl, mediaType: 'image', editable: false, pageUrl: tab?.url, frameId: 0 }, tab);
    },
    { srcUrl, itemId },
  );
  return opened;
}

interface ChromeForMenu {
  tabs: { query(q: object): Promise<{ url?: string }[]> };
  contextMenus: { onClicked: { dispatch(info: object, tab: object | undefined): void } };
}
