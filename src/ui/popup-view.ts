/**
 * What the popup shows: a link to check (`#check=`, or one picked from the page's list) → its
 * card; a meeting tab → that meeting's card; a page with invite links → the list; else a note.
 */
import type { TabReport } from '../background/tab-report';
import { TRUSTABLE_PLATFORMS } from '../settings/schema';
import type { FoundLink } from './link-groups';
import type { PopupRequest } from './popup-hash';
import type { TrustablePlatform } from './trusted-server-input';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'card'; url: string; app: TrustablePlatform | null; source: 'check' | 'page-link' | 'meeting' }
  | { kind: 'links'; links: FoundLink[] }
  | { kind: 'nothing' };

const trustable = (id: string): TrustablePlatform | null => ((TRUSTABLE_PLATFORMS as readonly string[]).includes(id) ? (id as TrustablePlatform) : null);

export function popupView(request: PopupRequest, picked: string | null, tab: { loaded: boolean; report: TabReport | null }): PopupView {
  if (request && 'check' in request) return { kind: 'card', url: request.check, app: null, source: 'check' };
  if (picked !== null) return { kind: 'card', url: picked, app: null, source: 'page-link' };
  if (!tab.loaded) return { kind: 'loading' };
  const report = tab.report;
  if (report?.meeting) return { kind: 'card', url: report.url, app: trustable(report.meeting.platform), source: 'meeting' };
  if (report && report.links.length > 0) return { kind: 'links', links: report.links };
  return { kind: 'nothing' };
}

/** Whether "back" leads somewhere: a checked or picked link over a page that has its own view. */
export function canGoBack(view: PopupView, report: TabReport | null): boolean {
  if (view.kind !== 'card') return false;
  if (view.source === 'page-link') return true;
  return view.source === 'check' && report !== null && (report.meeting !== null || report.links.length > 0);
}
