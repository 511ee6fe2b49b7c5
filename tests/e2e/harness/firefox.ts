import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type KeyInput, type Page } from 'puppeteer-core';
import { extensionBuildDir } from './extension-build';
import { firefoxMozLogEnv, prepareLogDir, watchProcessNames } from './network-log';
import { decideRequest, standInPage } from './request-policy';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';
import { STATE_TIMEOUT_MS } from './wait';
import { pageHandles } from './page-handles';
import { chooseImageMenuItem, openToolbarPopup } from './firefox-gestures';

const EXECUTABLE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

// Firefox's own background traffic (updates, telemetry, safe browsing, captive-portal and
// connectivity checks, region lookup) must stay off: the network is closed and tests must not
// depend on it. Puppeteer sets some of these too; repeating them keeps us safe if it stops.
const OFFLINE_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.places.speculativeConnect.enabled': false,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.ping-centre.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'media.gmp-manager.updateEnabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'network.trr.mode': 5, // DNS over HTTPS off
  'services.settings.server': 'data:,#remote-settings-dummy/v1', // the "skip Remote Settings" value
};

/** Puppeteer drives Firefox over WebDriver BiDi; Playwright cannot install Firefox add-ons. */
export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = extensionBuildDir('firefox-mv2');
  const { networkLogDir } = options;
  if (networkLogDir) prepareLogDir(networkLogDir);
  const addonId = readGeckoId(extensionDir);
  // Firefox gives each add-on a random internal UUID for moz-extension:// URLs; pinning it
  // lets tests open extension pages the same way as in Chromium.
  const internalUuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: EXECUTABLE,
    headless: true,
    // Firefox's test-harness switch: refuses connections to non-local addresses, and lets
    // the Remote Settings server be replaced (a release build otherwise ignores that pref).
    // MOZ_LOG (when asked for) records every HTTP channel, DNS lookup and socket of every process.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1', ...(networkLogDir && firefoxMozLogEnv(networkLogDir)) },
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...OFFLINE_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: internalUuid }),
      // The UI language: Debian's firefox-esr-l10n-<lang> language pack, installed system-wide,
      // enabled in the fresh profile.
      ...(options.uiLanguage && { 'intl.locale.requested': options.uiLanguage, 'extensions.autoDisableScopes': 0 }),
    },
  });
  // Which process a MOZ_LOG line's pid is ("WebExtensions", "Web Content", …) is only known while it runs.
  const processes = networkLogDir ? watchProcessNames(browser.process()?.pid) : null;
  const close = async () => {
    processes?.stop();
    await browser.close();
  };
  try {
    const extensionId = await browser.installExtension(extensionDir);
    const blockedRequests: string[] = [];
    return {
      name: 'firefox',
      extensionId,
      extensionUrl: (file) => `moz-extension://${internalUuid}/${file.replace(/^\//, '')}`,
      newPage: () => newGuardedPage(browser, blockedRequests),
      openToolbarPopup: (page) => openToolbarPopup(browser, addonId, unwrap(page)),
      chooseImageMenuItem: async (page, selector, itemId, opens, inFrame) =>
        wrapPage(await chooseImageMenuItem(browser, addonId, unwrap(page), selector, itemId, opens, inFrame)),
      blockedRequests,
      ...(networkLogDir && processes && { networkLog: { dir: networkLogDir, driverRequests: [], processNames: processes.names } }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function readGeckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const id: unknown = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  return id;
}

// Interception is per page in Puppeteer, so only pages opened through here are guarded.
async function newGuardedPage(browser: Browser, blockedRequests: string[]): Promise<TestPage> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  // A page or browser closed while a request waited for its answer (a story ending on a
  // navigation) rejects the answer: nothing is left to answer, so that rejection is dropped
  // instead of reaching the test run as an unhandled one. Anything else still surfaces.
  page.on('request', (request) => void applyPolicy(request, blockedRequests).catch(ignoreClosedTarget));
  return wrapPage(page);
}

function ignoreClosedTarget(error: unknown): void {
  if (error instanceof Error && (error.name === 'TargetCloseError' || /Target closed|Session closed|no such (frame|request)/i.test(error.message))) return;
  throw error;
}

async function applyPolicy(request: HTTPRequest, blockedRequests: string[]): Promise<void> {
  const url = request.url();
  const decision = decideRequest(url);
  if (decision.action === 'allow') return request.continue();
  if (decision.action === 'stand-in') {
    return request.respond({ status: 200, contentType: 'text/html', body: standInPage(decision.host) });
  }
  blockedRequests.push(url);
  return request.abort('blockedbyclient');
}

const { remember, unwrap } = pageHandles<Page>();

function wrapPage(page: Page): TestPage {
  const wrapped: TestPage = {
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) await gotoExtensionPage(page, url);
      else await page.goto(url);
    },
    evaluate: (fn) => page.evaluate(fn),
    // Plain serialisable arguments only, so Puppeteer's handle unwrapping is moot.
    evaluateWith: <A, R>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (a: unknown) => R, arg) as Promise<R>,
    waitUntil: async (fn, timeoutMs = STATE_TIMEOUT_MS) => {
      await page.waitForFunction(fn, { polling: 100, timeout: timeoutMs });
    },
    waitUntilWith: async (fn, arg, timeoutMs = STATE_TIMEOUT_MS) => {
      await page.waitForFunction(fn as (a: unknown) => boolean, { polling: 100, timeout: timeoutMs }, arg);
    },
    click: (selector) => page.click(selector),
    fill: async (selector, text) => {
      await page.locator(selector).fill(text);
    },
    press: (key) => page.keyboard.press(key as KeyInput),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshotPage: async (path, { fullPage = true } = {}) => {
      await page.screenshot({ path, fullPage });
    },
    close: () => page.close(),
  };
  return remember(wrapped, page);
}

// Firefox sends no BiDi load events for moz-extension:// documents, so page.goto() never
// settles there. Puppeteer has no public navigate-without-events, so use its BiDi context.
interface BidiNavigable {
  browsingContext?: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as BidiNavigable).browsingContext;
  if (typeof context?.navigate !== 'function') {
    throw new Error('puppeteer-core internals changed: BidiFrame.browsingContext.navigate is gone');
  }
  await context.navigate(url, 'complete');
}
