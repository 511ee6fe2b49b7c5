/**
 * An image's width and height read from its header (PNG, GIF, JPEG), before anything decodes
 * it: a small file can hold a huge image (a 25 MB PNG of 30,000 × 30,000 pixels would take
 * 3.6 GB to decode). Null when the header is of another format or says nothing usable.
 */
export interface ImageSize {
  width: number;
  height: number;
}

const SIGNATURES = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  gif: [0x47, 0x49, 0x46, 0x38],
  jpeg: [0xff, 0xd8, 0xff],
} as const;

export type ImageFormat = keyof typeof SIGNATURES;

/** Which of these formats the bytes start as, by their signature. */
export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  const formats = Object.keys(SIGNATURES) as ImageFormat[];
  return formats.find((format) => SIGNATURES[format].every((byte, i) => bytes[i] === byte)) ?? null;
}

export function imageSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = imageFormat(bytes);
  if (format === 'png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (format === 'gif' && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (format === 'jpeg') return jpegSize(bytes, view);
  return null;
}

/** The first start-of-frame segment's size (SOF0–SOF15 but the DHT, JPG and DAC markers). */
function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}
