import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { extensionBuildDir } from './extension-build';
import { CHROMIUM_NETLOG_FILE, chromiumNetLogArgs, namedHostRules, prepareLogDir } from './network-log';
import { decideRequest, standInPage } from './request-policy';
import type { DriverRequest, ExtensionBrowser, LaunchOptions, TestPage } from './types';
import { STATE_TIMEOUT_MS } from './wait';
import { pageHandles } from './page-handles';
import { chooseImageMenuItem, openToolbarPopup } from './chromium-gestures';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumExtensionBrowser extends ExtensionBrowser {
  readonly context: BrowserContext;
  /** The extension's MV3 background service worker, for chrome.* calls via evaluate(). */
  readonly serviceWorker: Worker;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumExtensionBrowser> {
  const extensionDir = options.extensionDir ?? extensionBuildDir('chrome-mv3');
  const { networkLogDir } = options;
  if (networkLogDir) prepareLogDir(networkLogDir);
  // headless: true makes Playwright pass plain --headless, which since Chromium 132 is the new
  // headless mode, and that loads unpacked extensions: no --headless=new needed.
  const context = await chromium.launchPersistentContext('', {
    executablePath: EXECUTABLE,
    headless: true,
    // Chromium on Linux takes its UI language from --lang and the environment's LANGUAGE.
    ...(options.uiLanguage && { locale: options.uiLanguage, env: { ...process.env, LANGUAGE: options.uiLanguage } }),
    args: [
      ...(options.uiLanguage ? [`--lang=${options.uiLanguage}`] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', // CI runs as root
      '--disable-gpu',
      ...(options.disableFeatures?.length ? [`--disable-features=${options.disableFeatures.join(',')}`] : []),
      '--disable-quic',
      '--no-first-run',
      // Without these Chromium keeps trying Google hosts, which the closed network refuses.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      // Even intercepted navigations and some startup services resolve host names first;
      // this keeps every DNS lookup but loopback inside the browser. (Logging may name a few
      // hosts first: they resolve inside the browser too, and the NetLog shows their names.)
      `--host-resolver-rules=${networkLogDir ? namedHostRules(options.namedHosts ?? []) : ''}MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
      // All processes' network activity as a NetLog (harness/network-log.ts reads it).
      ...(networkLogDir ? chromiumNetLogArgs(`${networkLogDir}/${CHROMIUM_NETLOG_FILE}`) : []),
    ],
  });
  try {
    const driverRequests: DriverRequest[] = [];
    // Playwright's view adds who made a request (frame or service worker) to the NetLog's what.
    if (networkLogDir) context.on('request', (request) => driverRequests.push(describeRequest(request)));
    const blockedRequests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      const decision = decideRequest(url);
      if (decision.action === 'allow') return route.continue();
      if (decision.action === 'stand-in') {
        return route.fulfill({ status: 200, contentType: 'text/html', body: standInPage(decision.host) });
      }
      blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });

    // The worker may have started before we listen, so look before waiting.
    const serviceWorker = context.serviceWorkers().find(isExtensionWorker) ?? (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker }));
    const extensionId = new URL(serviceWorker.url()).host;

    return {
      name: 'chromium',
      context,
      serviceWorker,
      extensionId,
      extensionUrl: (file) => `chrome-extension://${extensionId}/${file.replace(/^\//, '')}`,
      newPage: async () => wrapPage(await context.newPage()),
      openToolbarPopup: (page) => openToolbarPopup(context, extensionId, unwrap(page)),
      chooseImageMenuItem: async (page, selector, itemId, opens, inFrame) => {
        if (inFrame) throw new Error('Chromium’s stand-in for the menu cannot name a frame');
        return wrapPage(await chooseImageMenuItem(context, extensionId, serviceWorker, unwrap(page), selector, itemId, opens));
      },
      blockedRequests,
      ...(networkLogDir && { networkLog: { dir: networkLogDir, driverRequests, processNames: new Map() } }),
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

function describeRequest(request: Request): DriverRequest {
  let frameUrl: string | null = null;
  try {
    frameUrl = request.frame().url();
  } catch {
    // Service worker and browser-made requests (favicons) have no frame.
  }
  return {
    url: request.url(),
    frameUrl,
    workerUrl: request.serviceWorker()?.url() ?? null,
    isNavigation: request.isNavigationRequest(),
    resourceType: request.resourceType(),
  };
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

const { remember, unwrap } = pageHandles<Page>();

function wrapPage(page: Page): TestPage {
  const wrapped: TestPage = {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn) => page.evaluate(fn),
    // Plain serialisable arguments only: no handles, so the unboxing Playwright types allow for is moot.
    evaluateWith: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg as unknown),
    waitUntil: async (fn, timeoutMs = STATE_TIMEOUT_MS) => {
      await page.waitForFunction(fn, undefined, { polling: 100, timeout: timeoutMs });
    },
    waitUntilWith: async (fn, arg, timeoutMs = STATE_TIMEOUT_MS) => {
      await page.waitForFunction(fn as (a: unknown) => boolean, arg as unknown, { polling: 100, timeout: timeoutMs });
    },
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshotPage: async (path, { fullPage = true } = {}) => {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  };
  return remember(wrapped, page);
}
