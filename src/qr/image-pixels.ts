/**
 * An image file or capture → the pixels the decoder reads: decoded by the browser (any format
 * it shows: PNG, JPEG, WebP, GIF...), cut to one area when asked, and scaled down when huge.
 */
import type { PixelRect } from './crop-area';

/** Longer side, in pixels, above which an image is scaled down (a 48 MP photo would need 200 MB). */
const MAX_SIDE = 4096;

/**
 * `crop`, given the image's size, says which part to keep (null: all of it). Rejects when the
 * browser cannot decode the bytes as an image.
 */
export async function imagePixels(image: Blob, crop: (width: number, height: number) => PixelRect | null = () => null): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  try {
    const part = crop(bitmap.width, bitmap.height) ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
    const scale = Math.min(1, MAX_SIDE / Math.max(part.width, part.height));
    const width = Math.max(1, Math.round(part.width * scale));
    const height = Math.max(1, Math.round(part.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D canvas');
    // A transparent PNG's clear pixels read as black: a white ground keeps a dark code on it visible.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, part.x, part.y, part.width, part.height, 0, 0, width, height);
    return context.getImageData(0, 0, width, height);
  } finally {
    bitmap.close();
  }
}

/** A data: URL (what captureVisibleTab gives) → its bytes, without fetch(). */
export function dataUrlBlob(dataUrl: string): Blob | null {
  const match = /^data:([\w.+-]+\/[\w.+-]+);base64,([A-Za-z0-9+/=]*)$/.exec(dataUrl);
  if (!match) return null;
  try {
    const binary = atob(match[2]!);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type: match[1] });
  } catch {
    return null;
  }
}
