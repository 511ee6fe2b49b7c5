/**
 * What the top frame tells the background for the toolbar: the page's URL, a Jitsi/BBB web app
 * seen in the page, and the recognised links (the riskiest first when there are too many).
 */
import { MAX_REPORTED_LINKS, type MessageCStoBG, type PageVerdict } from '../contracts/page-messages';
import type { MeetingApp } from './meeting-app';

type Report = Extract<MessageCStoBG, { type: 'report-page' }>;

const SEVERITY: Record<PageVerdict['level'], number> = { danger: 0, avoid: 1, caution: 2, ok: 3 };

/** One entry per destination: a link repeated in a thread is one link to the person. */
export function buildReport(url: string, app: MeetingApp | null, verdicts: Iterable<PageVerdict>): Report {
  const byTarget = new Map<string, PageVerdict>();
  for (const v of verdicts) {
    const seen = byTarget.get(v.target);
    if (!seen || SEVERITY[v.level] < SEVERITY[seen.level]) byTarget.set(v.target, v);
  }
  const links = [...byTarget.values()]
    .sort((a, b) => SEVERITY[a.level] - SEVERITY[b.level])
    .slice(0, MAX_REPORTED_LINKS)
    .map((v) => ({ url: v.target, platform: v.platform, level: v.level }));
  return { type: 'report-page', url, app, links };
}

/**
 * Calls `send` `delayMs` after the first `changed()` that follows a send: at most one report per
 * delay however busy the page (a debounce would starve on a page that never stops changing).
 */
export function coalesced(send: () => void, delayMs: number, timers: Pick<typeof globalThis, 'setTimeout'> = globalThis): { changed(): void } {
  let waiting = false;
  return {
    changed() {
      if (waiting) return;
      waiting = true;
      timers.setTimeout(() => {
        waiting = false;
        send();
      }, delayMs);
    },
  };
}
