export type BrowserName = 'chromium' | 'firefox';

/** The part of a Playwright or Puppeteer page that stories use, so one story runs in both. */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world and returns its (serialisable) result. */
  evaluate<R>(fn: () => R): Promise<R>;
  /** Like evaluate, with one serialisable argument passed to `fn`. */
  evaluateWith<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Polls `fn` in the page until it returns true; rejects after `timeoutMs`. */
  waitUntil(fn: () => boolean, timeoutMs?: number): Promise<void>;
  /** Like waitUntil, with one serialisable argument passed to `fn`. */
  waitUntilWith<A>(fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  /** Clicks the first element matching `selector`, as a person would (real input events). */
  click(selector: string): Promise<void>;
  /** Replaces the text of the input matching `selector` by typing `text` into it. */
  fill(selector: string, text: string): Promise<void>;
  /** Presses one key ("Tab", "Enter") on the focused element. */
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Writes a PNG of the page to `path`: the whole page, or only what the viewport shows. */
  screenshotPage(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

/** The extension's toolbar popup, opened by a click on its button (harness/*-gestures.ts). */
export interface ToolbarPopup {
  /** Runs `fn` (serialised: it may use only its argument) in the popup's document. */
  evaluateWith<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  waitUntilWith<A>(fn: (arg: A) => boolean, arg: A, timeoutMs?: number): Promise<void>;
  /** Chromium only: a PNG of the popup (Firefox gives tests no handle on it). */
  screenshot?(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A headless browser with the built extension installed and network access kept to 127.0.0.1. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly extensionId: string;
  /** URL of a file in the built extension, e.g. extensionUrl('popup.html'). */
  extensionUrl(path: string): string;
  newPage(): Promise<TestPage>;
  /** Clicks the extension's toolbar button for `page`'s tab, as a person would (activeTab is granted). */
  openToolbarPopup(page: TestPage): Promise<ToolbarPopup>;
  /**
   * Right-clicks `selector` in `page` and chooses the extension's context-menu item `itemId` (in
   * Chromium a stand-in for the choice: harness/chromium-gestures.ts). Resolves with the tab the
   * extension opens for it, whose URL `opens` accepts. `inFrame`: the selector of the iframe
   * (in the top page) that `selector` is in; Firefox only, as Chromium's stand-in cannot name
   * the frame the way the menu does.
   */
  chooseImageMenuItem(page: TestPage, selector: string, itemId: string, opens: (url: string) => boolean, inFrame?: string): Promise<TestPage>;
  /** URLs that a page tried to load and the request policy aborted, in order. */
  readonly blockedRequests: readonly string[];
  /** Present when launched with `networkLogDir`: what harness/network-log.ts needs besides the files. */
  readonly networkLog?: NetworkLogSource;
  close(): Promise<void>;
}

/** Options for launch(); all optional, so `launch()` behaves as it always has. */
export interface LaunchOptions {
  /**
   * Record every network attempt of every browser process (pages, extension pages, the
   * extension's service worker or background page, content scripts, the browser itself) into
   * this directory, which is emptied first: Chromium's NetLog, Firefox's MOZ_LOG. The files
   * are complete once close() has resolved; read them with harness/network-log.ts.
   */
  networkLogDir?: string;
  /**
   * With networkLogDir, Chromium only: host names whose look-ups the NetLog should name. The
   * harness maps every other name to ~NOTFOUND, which the NetLog shows as "~notfound"; these
   * are mapped to `<host>.named.localhost` instead, which Chromium resolves to loopback itself.
   */
  namedHosts?: readonly string[];
  /**
   * The browser's UI language ("ar"; "es" in Chromium, "es-ES" in Firefox), as a person who set
   * their browser to it has; the extension's pages and messages follow it. Needs Debian's
   * chromium-l10n and firefox-esr-l10n-<lang> (scripts/ensure-browsers.sh installs them).
   */
  uiLanguage?: string;
  /** Chromium only: an unpacked extension to load instead of the build in .output (benchmarks' variants). */
  extensionDir?: string;
  /** Chromium only: features to turn off (`--disable-features`), for benchmarks that separate the browser's share. */
  disableFeatures?: readonly string[];
}

/** A request the driver (Playwright) saw, with what made it, to attribute NetLog entries. */
export interface DriverRequest {
  url: string;
  /** URL of the frame that made it; null for the service worker and browser-made requests. */
  frameUrl: string | null;
  /** URL of the service worker that made it (the extension's background), if one did. */
  workerUrl: string | null;
  isNavigation: boolean;
  resourceType: string;
}

export interface NetworkLogSource {
  readonly dir: string;
  /** Chromium: every request Playwright saw, in order (Firefox: empty). */
  readonly driverRequests: readonly DriverRequest[];
  /** Firefox: process id → Linux process name ("WebExtensions", "Web Content", …), sampled while it ran. */
  readonly processNames: ReadonlyMap<number, string>;
}

export interface BrowserLauncher {
  name: BrowserName;
  launch(options?: LaunchOptions): Promise<ExtensionBrowser>;
}
