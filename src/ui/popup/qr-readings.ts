/**
 * Where the popup's QR codes come from, read into texts: what the tab shows (the toolbar click
 * granted activeTab), an image the person pasted, dropped or chose, or the capture the context
 * menu left in storage.session. Every failure is a named problem the popup puts into words.
 */
import { browser } from 'wxt/browser';
import { cropArea } from '../../qr/crop-area';
import { dataUrlBlob, imagePixels } from '../../qr/image-pixels';
import { imageSize } from '../../qr/image-size';
import { asQrCapture, qrCaptureKey } from '../../qr/qr-capture';
import { readQrCodes } from '../../qr/read-qr-codes';

export type QrProblem =
  /** The browser would not show the tab to the extension (its own pages, the extension store). */
  | 'no-capture'
  /** The context menu's capture is gone (already shown, or the browser restarted). */
  | 'capture-gone'
  | 'not-an-image'
  | 'too-large'
  /** The decoder would not start. */
  | 'decoder';

export type QrReading =
  | {
      texts: string[];
      /** The context menu's image could not be singled out: these are all the codes the tab showed. */
      wholeTab: boolean;
    }
  | { problem: QrProblem };

/** Bigger files are refused before the browser decodes them (a screenshot is a few MB at most). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

async function decode(image: Blob, crop?: Parameters<typeof imagePixels>[1]): Promise<QrReading> {
  let pixels: ImageData;
  try {
    pixels = await imagePixels(image, crop);
  } catch {
    return { problem: 'not-an-image' };
  }
  try {
    return { texts: await readQrCodes(pixels), wholeTab: false };
  } catch {
    return { problem: 'decoder' };
  }
}

/** What the active tab of this window shows (the toolbar popup only: it holds the activeTab grant). */
export async function readVisibleTab(): Promise<QrReading> {
  let capture: Blob | null;
  try {
    capture = dataUrlBlob(await captureOnce());
  } catch {
    return { problem: 'no-capture' };
  }
  return capture ? decode(capture) : { problem: 'no-capture' };
}

/** Chrome allows two captures a second: a check pressed again at once waits its turn. */
async function captureOnce(): Promise<string> {
  try {
    return await browser.tabs.captureVisibleTab({ format: 'png' });
  } catch (error) {
    if (!String(error).includes('MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND')) throw error;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return browser.tabs.captureVisibleTab({ format: 'png' });
  }
}

/** More pixels than this are refused before decoding (a 48 MP phone photo passes; 64 MP take 256 MB). */
export const MAX_IMAGE_PIXELS = 64_000_000;

export async function readImageFile(file: Blob): Promise<QrReading> {
  if (file.size > MAX_IMAGE_BYTES) return { problem: 'too-large' };
  if (file.type && !file.type.startsWith('image/')) return { problem: 'not-an-image' };
  const size = imageSize(new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer()));
  if (size && size.width * size.height > MAX_IMAGE_PIXELS) return { problem: 'too-large' };
  return decode(file);
}

/** The context menu's capture (read once, then removed): the image cut out of it when its place is known. */
export async function readMenuCapture(id: string): Promise<QrReading> {
  const key = qrCaptureKey(id);
  let stored: unknown;
  try {
    stored = (await browser.storage.session.get(key))[key];
    // Read once: a picture of what a tab showed stays in memory no longer than it takes to read.
    await browser.storage.session.remove(key);
  } catch {
    return { problem: 'capture-gone' };
  }
  if (stored === undefined) return { problem: 'capture-gone' };
  const handed = asQrCapture(stored);
  const capture = handed?.capture ? dataUrlBlob(handed.capture) : null;
  if (!handed || !capture) return { problem: 'no-capture' };
  const { area } = handed;
  // Set once the capture's size is known: whether the image's place fell inside it.
  const place = { cut: false };
  const reading = await decode(capture, (width, height) => {
    const crop = area && cropArea(area, width, height);
    place.cut = crop !== null;
    return crop;
  });
  // Nothing in the cut-out (the page said a wrong place: a transformed frame, a moved image):
  // the whole capture, said to be so.
  if (place.cut && 'texts' in reading && reading.texts.length === 0) return wholeTabOf(await decode(capture));
  return place.cut ? reading : wholeTabOf(reading);
}

const wholeTabOf = (reading: QrReading): QrReading => ('texts' in reading ? { ...reading, wholeTab: true } : reading);
