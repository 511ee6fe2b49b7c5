/**
 * The background's answers to content scripts. Browser APIs come in as `deps`, so the logic is
 * tested without a browser.
 */
import type { CatalogueIndex } from '../recognise/catalogue-index';
import type { CandidateData, PageConfig, PageVerdict } from '../contracts/page-messages';
import { recognise } from '../recognise/recognise';
import { assess } from '../assess/assess';
import type { Settings } from '../settings/schema';
import { pageConfigFor } from '../settings/site-rules';
import { appVerdict } from './app-verdict';
import { judgeLink, toPageVerdict } from './page-verdict';
import { toolbarForMeetingTab, toolbarForPage, type ToolbarState } from './toolbar-state';
import type { TabReport } from './tab-report';
import { parseMessageCStoBG } from './validate-message';

export interface Sender {
  tabId: number | null;
  /** The sending frame's URL, as the browser (not the page) reports it. */
  url: string | null;
  /** Top frame? Only the top frame's report sets the toolbar. */
  topFrame: boolean;
}

export interface BackgroundDeps {
  index: CatalogueIndex;
  /** The candidate data of `index`, sent with every page config (candidate-data.ts). */
  candidates: CandidateData;
  settings(): Promise<Settings>;
  setToolbar(tabId: number, state: ToolbarState): void;
  /** Keeps what the popup shows for the tab. */
  saveTabReport(tabId: number, report: TabReport): void;
  openTab(url: string): void;
  /** The extension's popup page URL with a link to check. */
  popupUrl(hash: string): string;
  now(): number;
}

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** The verdict on the tab's own URL, when the tab is an invite (the person opened one). */
export function meetingTabVerdict(deps: BackgroundDeps, pageUrl: string, app: 'jitsi' | 'bigbluebutton' | null, settings: Settings): PageVerdict | null {
  const match = recognise(deps.index, pageUrl, settings);
  const verdict = toPageVerdict(deps.index, match, assess(deps.index, match));
  if (verdict) return verdict;
  return app ? appVerdict(deps.index, app, hostOf(pageUrl), pageUrl, settings) : null;
}

/** Returns the reply, or undefined for messages that get none (and for anything malformed). */
export async function handleMessage(deps: BackgroundDeps, raw: unknown, sender: Sender): Promise<unknown> {
  const message = parseMessageCStoBG(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'get-page-config': {
      const config: PageConfig = { ...pageConfigFor(await deps.settings(), hostOf(sender.url), deps.now()), candidates: deps.candidates };
      return config;
    }
    case 'judge-links': {
      const settings = await deps.settings();
      return { verdicts: message.links.map((link) => judgeLink(deps.index, link, settings)) };
    }
    case 'report-page': {
      if (sender.tabId === null || !sender.topFrame) return undefined;
      // Trust the browser's idea of the frame URL over the page's claim.
      const pageUrl = sender.url ?? message.url;
      const meeting = meetingTabVerdict(deps, pageUrl, message.app, await deps.settings());
      deps.setToolbar(sender.tabId, meeting ? toolbarForMeetingTab(meeting) : toolbarForPage(message.links));
      deps.saveTabReport(sender.tabId, { url: pageUrl, meeting, links: message.links });
      return undefined;
    }
    case 'open-details':
      deps.openTab(deps.popupUrl(`#check=${encodeURIComponent(message.url)}`));
      return undefined;
  }
}
