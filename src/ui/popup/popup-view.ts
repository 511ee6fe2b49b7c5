/**
 * What the popup shows: a link to check (`#check=`, or one picked from the page's list) → its
 * card, or "that is not a link" for text that is none (a link without a scheme is checked as
 * https://); a meeting tab → that meeting's card; a page with invite links → the list; else a note.
 */
import type { TabReport } from '../../background/tab-report';
import { pastedLink } from '../../recognise/pasted-link';
import { TRUSTABLE_PLATFORMS } from '../../settings/schema';
import type { FoundLink } from './link-groups';
import type { PopupRequest } from './popup-hash';
import type { TrustablePlatform } from '../shared/trusted-server-input';

export type PopupView =
  | { kind: 'loading' }
  | { kind: 'card'; url: string; app: TrustablePlatform | null; source: 'check' | 'page-link' | 'meeting' }
  | { kind: 'not-a-link'; text: string }
  | { kind: 'links'; links: FoundLink[] }
  /** The QR codes in an image (the context menu's, or one to choose): the QR section alone. */
  | { kind: 'qr' }
  | { kind: 'nothing' };

const trustable = (id: string): TrustablePlatform | null => ((TRUSTABLE_PLATFORMS as readonly string[]).includes(id) ? (id as TrustablePlatform) : null);

/** `appSchemes`: the catalogue's app URL schemes, which are links without "//" ("tg:join?…"). */
export function popupView(
  request: PopupRequest,
  picked: string | null,
  tab: { loaded: boolean; report: TabReport | null },
  appSchemes: { has(scheme: string): boolean } = new Set<string>(),
): PopupView {
  if (request && 'check' in request) {
    const pasted = pastedLink(request.check, appSchemes);
    return pasted.kind === 'link' ? { kind: 'card', url: pasted.url, app: null, source: 'check' } : { kind: 'not-a-link', text: pasted.text };
  }
  if (picked !== null) return { kind: 'card', url: picked, app: null, source: 'page-link' };
  if (request && ('qr' in request || 'qrImage' in request)) return { kind: 'qr' };
  if (!tab.loaded) return { kind: 'loading' };
  const report = tab.report;
  if (report?.meeting) return { kind: 'card', url: report.url, app: trustable(report.meeting.platform), source: 'meeting' };
  if (report && report.links.length > 0) return { kind: 'links', links: report.links };
  return { kind: 'nothing' };
}

/** Whether "back" leads somewhere: a checked or picked link over a page that has its own view. */
export function canGoBack(view: PopupView, report: TabReport | null): boolean {
  if (view.kind === 'not-a-link') return report !== null && (report.meeting !== null || report.links.length > 0);
  if (view.kind !== 'card') return false;
  if (view.source === 'page-link') return true;
  return view.source === 'check' && report !== null && (report.meeting !== null || report.links.length > 0);
}
