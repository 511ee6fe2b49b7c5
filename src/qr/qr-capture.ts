/**
 * A capture handed from the context menu ("Check this QR code") to the popup page it opens: what
 * the tab showed when the person chose the item, and where the image was in it. Kept in
 * storage.session (memory only) under a fresh id, and removed by the page that reads it.
 */
import { asImageArea, type ImageArea } from './crop-area';

export interface QrCapture {
  /** captureVisibleTab's data: URL, or null when the browser refused (a page of its own). */
  capture: string | null;
  /** The image's box in the tab's viewport; null when unknown (a frame under another origin's page, or no content script). */
  area: ImageArea | null;
}

export const qrCaptureKey = (id: string) => `qrCapture:${id}` as const;

/** A stored value, checked: anything else is null (and the page says the image could not be read). */
export function asQrCapture(value: unknown): QrCapture | null {
  if (typeof value !== 'object' || value === null) return null;
  const { capture, area } = value as Record<string, unknown>;
  if (capture !== null && (typeof capture !== 'string' || !capture.startsWith('data:image/'))) return null;
  return { capture, area: area === null ? null : asImageArea(area) };
}
