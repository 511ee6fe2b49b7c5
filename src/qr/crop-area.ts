/**
 * Where one image is in a capture of the visible tab: the image's box as the page measured it
 * (CSS pixels in the viewport), scaled to the capture's pixels (zoom, a high-density screen),
 * with a margin for a code drawn to the image's edge, and cut to what the capture holds.
 */
import type { ImageArea } from '../contracts/page-messages';

export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** CSS pixels around the image: a code's quiet zone may be missing or cut by the page. */
const MARGIN = 8;

/** Null when no part of the image is on screen (or the box makes no sense). */
export function cropArea(area: ImageArea, captureWidth: number, captureHeight: number): PixelRect | null {
  const numbers = [area.x, area.y, area.width, area.height, area.viewportWidth, area.viewportHeight, captureWidth, captureHeight];
  if (!numbers.every(Number.isFinite) || area.viewportWidth <= 0 || area.viewportHeight <= 0) return null;
  const scaleX = captureWidth / area.viewportWidth;
  const scaleY = captureHeight / area.viewportHeight;
  const left = Math.max(0, Math.floor((area.x - MARGIN) * scaleX));
  const top = Math.max(0, Math.floor((area.y - MARGIN) * scaleY));
  const right = Math.min(captureWidth, Math.ceil((area.x + area.width + MARGIN) * scaleX));
  const bottom = Math.min(captureHeight, Math.ceil((area.y + area.height + MARGIN) * scaleY));
  if (area.width <= 0 || area.height <= 0 || right - left < 1 || bottom - top < 1) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** A page's answer, checked: the page may be hostile, and only finite numbers pass. */
export function asImageArea(value: unknown): ImageArea | null {
  if (typeof value !== 'object' || value === null) return null;
  const area = value as Record<string, unknown>;
  const keys = ['x', 'y', 'width', 'height', 'viewportWidth', 'viewportHeight'] as const;
  if (!keys.every((key) => typeof area[key] === 'number' && Number.isFinite(area[key]))) return null;
  return Object.fromEntries(keys.map((key) => [key, area[key]])) as unknown as ImageArea;
}
