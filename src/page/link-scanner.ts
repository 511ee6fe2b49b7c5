/**
 * The links of one frame: judged once per href, badged, and kept in step with the page. All DOM
 * work runs in time slices (time-slicer.ts) over queued work (scan-queue.ts): nothing is walked
 * in one go, and the whole document only at start (and when the trusted servers change).
 */
import { BADGE_TAG, type Badges } from './badge-element';
import { createOverlays, placeFor, type Place } from './badge-placement';
import type { CapturedDom } from './captured-dom';
import { showsBadge } from './display-rules';
import { Fifo } from './fifo';
import { createJudgeQueue, type Verdict } from './judge-queue';
import { createLinkFilters, linkToJudge, textToJudge } from './link-to-judge';
import type { LinkToJudge, PageConfig, PageVerdict } from '../contracts/page-messages';
import { sameHosts } from './page-config';
import { rawWebHost, type BaseParts } from './raw-destination';
import { createScanQueue, type LinkElement, type ScanRoot } from './scan-queue';
import { createTimeSlicer, type SlicerClock } from './time-slicer';
import { urlParts } from './url-parts';

export interface LinkScanner {
  /** Queues a document, an added subtree or a shadow root. */
  scan(root: ScanRoot): void;
  /** Starts on what was queued at once (one slice), instead of in a later task. */
  startNow(): void;
  /** Queues a link whose destination attribute changed. */
  recheck(link: Element): void;
  /** A node left the page: a link's badge leaves with it. */
  removed(node: Node): void;
  reconfigure(config: PageConfig): void;
  verdictOf(this: void, link: Element): PageVerdict | null;
  /** Verdicts of the recognised links still in the page. */
  verdicts(): PageVerdict[];
}

export interface ScannerDeps {
  dom: CapturedDom;
  badges: Badges;
  config: PageConfig;
  clock: SlicerClock;
  judge(this: void, links: LinkToJudge[]): Promise<unknown>;
  /** An open shadow root was found: watch it for changes too. */
  foundShadowRoot(this: void, root: ShadowRoot): void;
  /** The set of recognised links changed (for the toolbar report). */
  recognisedChanged(): void;
}

/** A link that went to the background at least once (most links never do). */
interface LinkState {
  /** The attribute value judged: href, or Gmail's data-saferedirecturl. */
  key: string;
  /** Settings generation the key was judged under. */
  generation: number;
  /** undefined until first judged; while a new href is judged the old verdict stays, so the click guard never has a gap. */
  verdict: Verdict | undefined;
  badge: Element | null;
}

/** A few milliseconds per slice: well under the 50 ms that counts as a long task. */
const SLICE_BUDGET_MS = 4;
/** Links or elements per step: enough to make the step's own bookkeeping negligible. */
const CHUNK = 32;
/**
 * Badges put in together, at most: every task that changes the page costs it a frame of style,
 * layout and paint (hundreds of ms on a page of 100k links), so badges are made first, in as
 * many slices as it takes, and then put in all at once (see step()).
 */
const READY_MAX = 1_024;
/** Badges made between two looks at the clock. */
const MADE_PER_CLOCK_READ = 32;
/** Once the scan is done, badges wait this long at most for answers still on their way. */
const MAX_ANSWER_WAIT_MS = 300;
/** On a long scan, badges found early are shown no later than this. */
const MAX_WRITE_WAIT_MS = 1_000;
/**
 * On a long scan, the first candidates found are judged no later than this: about when their
 * badges could go in anyway (MAX_WRITE_WAIT_MS); judged earlier, their answers would arrive
 * apart from the rest and make a round of badge writes of their own.
 */
const MAX_JUDGE_WAIT_MS = 900;
const SAFE_REDIRECT = 'data-saferedirecturl';

export function createLinkScanner(deps: ScannerDeps): LinkScanner {
  const { dom, badges } = deps;
  let config = deps.config;
  const pageHost = location.hostname;
  // Only Gmail's own attribute is believed: elsewhere a page could judge one URL and open another.
  const readsSafeRedirect = pageHost === 'mail.google.com';
  let filters = createLinkFilters(config.candidates, config.trustedHosts, pageHost);
  let generation = 0;
  const states = new WeakMap<Element, LinkState>();
  let base = { uri: '', parts: { protocol: '', host: '' } };
  const recognised = new Set<Element>();

  const work = createScanQueue(deps.foundShadowRoot);
  const writes = new Fifo<Element>();
  /** Links whose badges are made (or are to go), and where each goes: put in together. */
  const ready: Element[] = [];
  const readyPlaces: (Place | null)[] = [];
  const overlays = createOverlays(dom, badges.shift);
  let writesSince = 0;

  const judge = createJudgeQueue<{ link: Element; key: string; generation: number }>(
    deps.judge,
    (owner, verdict) => {
      const state = states.get(owner.link);
      if (state?.key === owner.key && state.generation === owner.generation) settle(owner.link, state, verdict);
    },
    deps.clock.now,
  );
  // Candidates go when the scan is done, or when the first has waited long enough to be missed.
  const slicer = createTimeSlicer(step, (more) => judge.flush(more ? MAX_JUDGE_WAIT_MS : 0), SLICE_BUDGET_MS, deps.clock);

  /** One step: a few badges, a few links or one root, or a little of the shadow-root hunt. */
  function step(): boolean {
    if (writes.size() && ready.length < READY_MAX && writesDue()) {
      // First what leaves the page alone: where each badge goes (computed styles, which cost
      // little while we have changed nothing) and the badges themselves, until the slice's time is up.
      const deadline = deps.clock.now() + SLICE_BUDGET_MS;
      for (let n = 1, link; ready.length < READY_MAX && (link = writes.take()); n++) {
        const where = placeOf(link);
        ready.push(link);
        readyPlaces.push(where);
        if (where) makeBadge(link);
        if (n % MADE_PER_CLOCK_READ === 0 && deps.clock.now() >= deadline) break;
      }
      return true;
    }
    if (ready.length) {
      // Then all of them go in, in one task: the page lays out once for the lot.
      for (let i = 0; i < ready.length; i++) place(ready[i]!, readyPlaces[i]!);
      ready.length = readyPlaces.length = 0;
      overlays.settle();
      return true;
    }
    if (work.hasLinkWork()) {
      refreshBase();
      return work.takeLinks(CHUNK, check);
    }
    // The hunt visits every element: it waits until the badges are done.
    return judge.pending() === 0 && work.huntShadowRoots(CHUNK);
  }

  /**
   * Badges wait for the scan, within reason, and for the answers still on their way (a page's
   * verdicts come in several messages), within less: a page that keeps adding links always has some.
   */
  function writesDue(): boolean {
    const waited = deps.clock.now() - writesSince;
    return waited >= MAX_WRITE_WAIT_MS || (!work.hasLinkWork() && (judge.pending() === 0 || waited >= MAX_ANSWER_WAIT_MS));
  }

  function makeBadge(link: Element): void {
    const state = states.get(link);
    if (state?.verdict && !state.badge) state.badge = badges.create(state.verdict);
  }

  /** Relative links resolve against the document's base, read again only when it changes. */
  function refreshBase(): void {
    const uri = document.baseURI;
    if (uri === base.uri) return;
    let parts: BaseParts = { protocol: '', host: '' };
    try {
      const url = new URL(uri);
      parts = { protocol: url.protocol, host: url.hostname };
    } catch {
      // Not a URL: the page keeps no base to resolve against.
    }
    base = { uri, parts };
  }

  // The hottest code here: it runs for every link of the page. Direct DOM calls, no closures.
  function check(link: LinkElement): void {
    const safeRedirect = readsSafeRedirect ? link.getAttribute(SAFE_REDIRECT) : null;
    const key = safeRedirect || link.getAttribute('href') || '';
    // Judged once per href: a link that was a candidate keeps its state; other links keep nothing.
    // (A weak map of every link examined cost a page of 100k links more in garbage collection
    // than looking at a link again costs when the page moves it.)
    let state = states.get(link);
    if (state?.key === key && state.generation === generation) {
      if (state.verdict) queueWrite(link); // seen before: back in the page, maybe without its badge
      return;
    }
    let toJudge = null;
    // Same-document fragments ("#top") are never invites, even on a platform's own pages.
    if (key !== '' && !key.startsWith('#')) {
      const host = safeRedirect ? null : rawWebHost(key, base.parts);
      const candidate = host !== null ? filters.webHost(host) || filters.invitePath(host, key) : filters.destination(urlParts(safeRedirect || link.href));
      const text = textToJudge(filters, candidate, link.textContent);
      if (text !== null) toJudge = linkToJudge(safeRedirect || link.href, text);
    }
    if (toJudge) {
      if (!state) states.set(link, (state = { key, generation, verdict: undefined, badge: null }));
      state.key = key;
      state.generation = generation;
      judge.add({ link, key, generation }, toJudge);
    } else if (state) {
      state.key = key;
      state.generation = generation;
      settle(link, state, null);
    }
  }

  function queueWrite(link: Element): void {
    if (writes.size() === 0) writesSince = deps.clock.now();
    writes.push(link);
  }

  function settle(link: Element, state: LinkState, verdict: Verdict): void {
    if (verdict === state.verdict) return;
    const mattered = !!state.verdict || !!verdict;
    state.verdict = verdict;
    if (verdict) recognised.add(link);
    else recognised.delete(link);
    if (verdict || state.badge) queueWrite(link);
    if (mattered) deps.recognisedChanged();
    slicer.wake();
  }

  /** Read phase: where the link's badge goes, when it is to be put in; null otherwise. */
  function placeOf(link: Element): Place | null {
    const state = states.get(link);
    const shown = state?.verdict && !config.handsOff && showsBadge(config.badges, state.verdict.level) && link.isConnected;
    return shown && (!state.badge || link.nextElementSibling !== state.badge) ? placeFor(link) : null;
  }

  function place(link: Element, where: Place | null): void {
    const state = states.get(link);
    if (!state) return;
    const { verdict } = state;
    if (verdict && !config.handsOff && showsBadge(config.badges, verdict.level) && link.isConnected) {
      if (state.badge) badges.update(state.badge, verdict);
      else if (!(state.badge = badges.create(verdict))) return;
      const next = link.nextElementSibling;
      if (next === state.badge || !where) return;
      // A badge not ours beside the link: left by an earlier copy of this script (the extension
      // was updated under the page), or the page's own imitation. Ours takes its place.
      if (next?.localName === BADGE_TAG && !badges.isBadge(next)) dom.remove(next);
      badges.setPlace(state.badge, where);
      dom.insertAfter(link, state.badge);
      if (where === 'over') overlays.add(link, state.badge);
      else overlays.forget(state.badge);
    } else if (state.badge?.isConnected) {
      dom.remove(state.badge);
    }
  }

  return {
    scan(root) {
      work.addRoot(root);
      slicer.wake();
    },
    startNow: () => slicer.runNow(),
    recheck(link) {
      work.addChanged(link);
      slicer.wake();
    },
    removed(node) {
      if (node.nodeType !== Node.ELEMENT_NODE || badges.isBadge(node)) return;
      const badge = states.get(node as Element)?.badge;
      // Removed on its own, the link leaves its badge behind; removed with its parent, they go together.
      if (badge?.isConnected && badge.previousElementSibling !== node) dom.remove(badge);
      if (recognised.size) deps.recognisedChanged();
    },
    reconfigure(next) {
      const rejudge = !sameHosts(next.trustedHosts, config.trustedHosts);
      config = next;
      for (const link of recognised) queueWrite(link);
      if (rejudge) {
        // Trusting a server changes which links are candidates and what their verdicts are.
        filters = createLinkFilters(next.candidates, next.trustedHosts, pageHost);
        judge.forget();
        generation++;
        work.forgetShadowRoots();
        work.addRoot(document);
      }
      slicer.wake();
    },
    verdictOf: (link) => states.get(link)?.verdict ?? null,
    verdicts() {
      const out: PageVerdict[] = [];
      for (const link of recognised) {
        const verdict = states.get(link)?.verdict;
        if (!link.isConnected) recognised.delete(link);
        else if (verdict) out.push(verdict);
      }
      return out;
    },
  };
}
