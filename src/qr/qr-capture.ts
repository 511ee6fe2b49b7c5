/**
 * A capture handed from the context menu ("Check this QR code") to the popup page it opens: what
 * the tab showed when the person chose the item, and where the image was in it. Kept in
 * storage.session (memory only) under a fresh id, and removed by the page that reads it.
 */
import type { ImageArea } from '../contracts/page-messages';
import { asImageArea } from './crop-area';

export interface QrCapture {
  /** captureVisibleTab's data: URL, or null when the browser refused (a page of its own). */
  capture: string | null;
  /** The image's box in the tab's viewport; null when unknown (a frame under another origin's page, or no content script). */
  area: ImageArea | null;
  /** When it was taken (ms since 1970): one nobody read within a minute is removed. */
  takenAt: number;
}

/** How long a capture may wait for its page (which reads it at once when it opens). */
export const CAPTURE_KEPT_MS = 60_000;

export const qrCaptureKey = (id: string) => `qrCapture:${id}` as const;

/** A stored value, checked: anything else is null (and the page says the image could not be read). */
export function asQrCapture(value: unknown): QrCapture | null {
  if (typeof value !== 'object' || value === null) return null;
  const { capture, area, takenAt } = value as Record<string, unknown>;
  if (capture !== null && (typeof capture !== 'string' || !capture.startsWith('data:image/'))) return null;
  return { capture, area: area === null ? null : asImageArea(area), takenAt: typeof takenAt === 'number' ? takenAt : 0 };
}

/** Of everything in storage.session, the captures older than CAPTURE_KEPT_MS (or unreadable). */
export function staleCaptureKeys(stored: Record<string, unknown>, now: number): string[] {
  return Object.entries(stored)
    .filter(([key, value]) => key.startsWith(qrCaptureKey('')) && now - (asQrCapture(value)?.takenAt ?? 0) > CAPTURE_KEPT_MS)
    .map(([key]) => key);
}
