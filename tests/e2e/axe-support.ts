/**
 * axe-core in the real browsers, and what it cannot see by itself.
 *
 * - axe's source is evaluated through the driver (Playwright's Runtime.evaluate in Chromium,
 *   WebDriver BiDi's script.evaluate in Firefox), not added as a <script>: extension pages'
 *   CSP forbids inline scripts, but the driver's own evaluation is not subject to it. TestPage
 *   takes functions; both drivers also take a string, which they evaluate as an expression.
 * - Our badges, their cards and the warning dialog live in closed shadow roots, which page
 *   scripts (axe among them) cannot enter. The browser's remote protocol can: Chromium's CDP
 *   DOM tree with `pierce`, Firefox's BiDi node serialisation with `includeShadowTree: "all"`.
 *   We fetch each closed root that way and give its host a `shadowRoot` getter in the page's
 *   main world, for this test page only. axe then checks our UI in place, as rendered (the
 *   content script's isolated world never sees that getter). See exposeClosedShadowRoots().
 * - axe builds its colour-contrast grid from <body>; the warning dialog's host is a child of
 *   <html> (and the dialog is in the top layer), so axe reports its text as "incomplete". For
 *   such text in our own UI, contrastOfIncomplete() works the ratio out itself from computed
 *   styles, when every background behind the text is a plain colour.
 */
import axe from 'axe-core';
import type { Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumExtensionBrowser } from './harness/chromium';
import type { TestPage } from './harness/types';
import type { StoryBrowser, StoryPage } from './page-story-support';

// The Firefox Browser the harness launches (page-story-support.ts keeps its own the same way).
let firefoxBrowser: PuppeteerBrowser | null = null;
const launchPuppeteer = puppeteer.launch.bind(puppeteer);
puppeteer.launch = async (options) => (firefoxBrowser = await launchPuppeteer(options));

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export type RawPage = { browser: 'chromium'; page: PlaywrightPage; chromium: ChromiumExtensionBrowser } | { browser: 'firefox'; page: PuppeteerPage };

/** A story page and the driver's own page behind it. */
export interface A11yPage {
  story: StoryPage;
  raw: RawPage;
}

/** Opens `url` in a new tab, as StoryBrowser.open does, and keeps hold of the driver's page. */
export async function openA11yPage(browser: StoryBrowser, url: string): Promise<A11yPage> {
  const story = await browser.open(url);
  // StoryBrowser.open picks the newest page the same way; stories here open one page at a time.
  if (browser.name === 'chromium') {
    const chromium = browser.harness as ChromiumExtensionBrowser;
    return { story, raw: { browser: 'chromium', page: chromium.context.pages().at(-1)!, chromium } };
  }
  if (!firefoxBrowser) throw new Error('the Firefox browser was not captured');
  return { story, raw: { browser: 'firefox', page: (await firefoxBrowser.pages()).at(-1)! } };
}

export interface AxeNode {
  /** CSS selectors; a node inside a shadow root has one per root, host first. */
  target: (string | string[])[];
  html: string;
  summary: string;
}

export interface AxeFinding {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

export interface AxeReport {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
  /** How many passed checks were on nodes inside shadow roots (proof that axe looked inside). */
  passesInShadow: number;
}

async function injectAxe(page: TestPage): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(axe.source as unknown as () => void);
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe-core did not load into the page');
}

/** Runs axe's WCAG 2.x A/AA rules on the whole document (frames excluded: fixtures only). */
export async function runAxe(page: TestPage): Promise<AxeReport> {
  await injectAxe(page);
  return await page.evaluateWith(async (tags) => {
    interface Result {
      id: string;
      impact: AxeFinding['impact'];
      help: string;
      nodes: { target: (string | string[])[]; html: string; failureSummary?: string; any: { message: string }[] }[];
    }
    const run = (window as unknown as { axe: { run(context: Document, options: object): Promise<Record<'violations' | 'incomplete' | 'passes', Result[]>> } })
      .axe.run;
    const results = await run(document, { runOnly: { type: 'tag', values: tags }, iframes: false });
    const finding = (r: Result): AxeFinding => ({
      id: r.id,
      impact: r.impact,
      help: r.help,
      nodes: r.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary ?? n.any.map((a) => a.message).join('; ') })),
    });
    const passesInShadow = results.passes.filter((r) => r.nodes.some((n) => Array.isArray(n.target[0]))).length;
    return { violations: results.violations.map(finding), incomplete: results.incomplete.map(finding), passesInShadow };
  }, WCAG_AA_TAGS);
}

function describeNode(node: AxeNode): string {
  return `      ${JSON.stringify(node.target)}\n        ${node.html}\n        ${node.summary.replace(/\n/g, '\n        ')}`;
}

export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `  [${f.impact ?? 'n/a'}] ${f.id}: ${f.help}\n${f.nodes.map(describeNode).join('\n')}`).join('\n');
}

/** Serious and critical violations fail the story; the others are printed for a person to weigh. */
export function seriousViolations(report: AxeReport, label: string): AxeFinding[] {
  const serious = report.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const others = report.violations.filter((v) => !serious.includes(v));
  if (others.length) console.log(`axe, ${label}: ${others.length} moderate/minor finding(s), not failing the story:\n${describeFindings(others)}`);
  if (serious.length) console.log(`axe, ${label}: SERIOUS/CRITICAL:\n${describeFindings(serious)}`);
  return serious;
}

/**
 * Gives each closed shadow root of our elements (badges, warning dialog) to the page's main
 * world as its host's `shadowRoot`, so that axe (and a story's own checks) can look inside.
 * Returns how many were exposed. Call again after new hosts appear.
 */
export async function exposeClosedShadowRoots(raw: RawPage): Promise<number> {
  return raw.browser === 'chromium' ? exposeWithCdp(raw.page, raw.chromium) : exposeWithBidi(raw.page);
}

const DEFINE_SHADOW_ROOT = `function (root) {
  Object.defineProperty(this, 'shadowRoot', { configurable: true, get: () => root });
}`;

interface CdpNode {
  backendNodeId: number;
  localName: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
  contentDocument?: CdpNode;
}

async function exposeWithCdp(page: PlaywrightPage, chromium: ChromiumExtensionBrowser): Promise<number> {
  const cdp = await chromium.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
    const hosts: [CdpNode, CdpNode][] = [];
    const walk = (node: CdpNode, inFrame: boolean) => {
      const closed = node.shadowRoots?.find((r) => r.shadowRootType === 'closed');
      if (closed && !inFrame && node.localName.startsWith('invite-guard-')) hosts.push([node, closed]);
      for (const child of node.children ?? []) walk(child, inFrame);
      for (const child of node.shadowRoots ?? []) walk(child, inFrame);
      if (node.contentDocument) walk(node.contentDocument, true); // axe runs without frames
    };
    walk(root, false);
    for (const [host, shadow] of hosts) {
      const { object: hostObject } = await cdp.send('DOM.resolveNode', { backendNodeId: host.backendNodeId });
      const { object: rootObject } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: hostObject.objectId!,
        functionDeclaration: DEFINE_SHADOW_ROOT,
        arguments: [{ objectId: rootObject.objectId! }],
      });
    }
    return hosts.length;
  } finally {
    await cdp.detach();
  }
}

/** The part of puppeteer-core's BiDi realm used here (internal API; checked at run time). */
interface BidiRealm {
  callFunction(
    declaration: string,
    awaitPromise: boolean,
    options: object,
  ): Promise<{ type: 'success'; result: { type: string; value?: unknown } } | { type: 'exception'; exceptionDetails: unknown }>;
}

interface BidiNode {
  type: 'node';
  sharedId: string;
  value: { localName?: string; shadowRoot?: { sharedId: string; value: { mode: string } } | null };
}

function bidiRealmOf(page: PuppeteerPage): BidiRealm {
  const realm = (page.mainFrame() as unknown as { mainRealm?(): { realm?: BidiRealm } }).mainRealm?.().realm;
  if (typeof realm?.callFunction !== 'function') throw new Error('puppeteer-core internals changed: BidiFrame.mainRealm().realm.callFunction is gone');
  return realm;
}

async function exposeWithBidi(page: PuppeteerPage): Promise<number> {
  const realm = bidiRealmOf(page);
  // Our hosts in the document and in open shadow roots (badges follow links there too).
  const found = await realm.callFunction(
    `() => {
      const hosts = [];
      const visit = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (/^invite-guard-/.test(el.localName)) hosts.push(el);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      visit(document);
      return hosts;
    }`,
    false,
    { resultOwnership: 'none', serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' } },
  );
  if (found.type !== 'success' || found.result.type !== 'array') throw new Error(`BiDi returned ${JSON.stringify(found).slice(0, 300)}`);
  let exposed = 0;
  for (const host of found.result.value as BidiNode[]) {
    const shadow = host.value.shadowRoot;
    if (shadow?.value.mode !== 'closed') continue;
    const result = await realm.callFunction(`function (host, root) { (${DEFINE_SHADOW_ROOT}).call(host, root); }`, false, {
      arguments: [{ sharedId: host.sharedId }, { sharedId: shadow.sharedId }],
      resultOwnership: 'none',
    });
    if (result.type === 'exception') throw new Error(`BiDi: ${JSON.stringify(result.exceptionDetails).slice(0, 300)}`);
    exposed++;
  }
  return exposed;
}

export interface ContrastCheck {
  target: string;
  text: string;
  ratio: number | null;
  required: number;
  why?: string;
}

/**
 * For the color-contrast nodes axe left incomplete (text in our dialog, glyphs such as ✓ that
 * axe does not judge): the text's colour against the first opaque background behind it
 * (semi-transparent ones blended on top), walking up the composed tree. The same thresholds as
 * axe's (4.5:1, 3:1 for large text), glyphs included. Null ratio (with why) when a background is
 * an image or nothing is opaque.
 */
export async function contrastOfIncomplete(page: TestPage, report: AxeReport): Promise<ContrastCheck[]> {
  const targets = (report.incomplete.find((f) => f.id === 'color-contrast')?.nodes ?? []).map((n) =>
    Array.isArray(n.target[0]) ? n.target[0] : (n.target as string[]),
  );
  return await page.evaluateWith((targets) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m) throw new Error(`unexpected colour ${css}`);
      const [r, g, b, a = 1] = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r!, g!, b!, a];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const parentOf = (el: Element): Element | null => el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
    return targets.map((path) => {
      let root: Document | ShadowRoot = document;
      let el: Element | null = null;
      for (const selector of path) {
        el = root.querySelector(selector);
        if (!el) break;
        if (el.shadowRoot) root = el.shadowRoot;
      }
      const target = path.join(' >>> ');
      if (!el) return { target, text: '', ratio: null, required: 4.5, why: 'not found' };
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const bold = parseInt(style.fontWeight, 10) >= 700;
      const required = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      const layers: Rgba[] = [];
      for (let at: Element | null = el; at; at = parentOf(at)) {
        const s = getComputedStyle(at);
        if (s.backgroundImage !== 'none') return { target, text: el.textContent ?? '', ratio: null, required, why: `background image on ${at.localName}` };
        const bg = parse(s.backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      const opaque = layers.at(-1);
      if (opaque?.[3] !== 1) return { target, text: el.textContent ?? '', ratio: null, required, why: 'no opaque background' };
      const background = layers.slice(0, -1).reduceRight((below, top) => over(top, below), opaque);
      const foreground = over(parse(style.color), background);
      const [hi, lo] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
      return { target, text: (el.textContent ?? '').trim().slice(0, 60), ratio: Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100, required };
    });
  }, targets);
}

/** Sets storage.local's theme from an extension page and waits until `page` shows it. */
export async function useTheme(browser: StoryBrowser, page: TestPage, theme: 'light' | 'dark'): Promise<void> {
  await browser.setSettings({ theme });
  await page.waitUntilWith((t) => document.documentElement.dataset.theme === t, theme);
}
