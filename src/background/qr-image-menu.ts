/**
 * "Check this QR code with Invite Guard" on an image: the click grants activeTab for that tab,
 * which lets the background capture what the tab shows (the page's image is never fetched
 * again). The page's content script says where the image is; the popup page, opened in a tab,
 * cuts it out of the capture, decodes it and lists what it says.
 */
import { asImageArea } from '../qr/crop-area';
import { qrCaptureKey, staleCaptureKeys, type QrCapture } from '../qr/qr-capture';

export const CHECK_QR_MENU = 'check-qr';

export interface QrMenuDeps {
  /** captureVisibleTab of the window: a data: URL. */
  capture(windowId: number, options: CaptureOptions): Promise<string>;
  /** The content script's answer (untrusted) to "where is the image with this src?" in one frame. */
  imageArea(tabId: number, frameId: number, src: string): Promise<unknown>;
  store(key: string, value: QrCapture): Promise<void>;
  /** What storage.session holds, and removing from it: captures nobody read are cleared. */
  session(): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
  now(): number;
  openTab(url: string): void;
  popupUrl(hash: string): string;
  newId(): string;
}

export type CaptureOptions = { format: 'png' } | { format: 'jpeg'; quality: number };

const PNG: CaptureOptions = { format: 'png' };
/** High enough that a QR code's edges survive it, a fraction of the PNG's size. */
const JPEG: CaptureOptions = { format: 'jpeg', quality: 92 };

export interface MenuClick {
  srcUrl?: string;
  frameId?: number;
}

export async function checkQrImage(deps: QrMenuDeps, click: MenuClick, tab: { id?: number; windowId?: number } | undefined): Promise<void> {
  const frameId = click.frameId ?? 0;
  const capture = (options: CaptureOptions) => (tab?.windowId !== undefined ? deps.capture(tab.windowId, options).catch(() => null) : null);
  const [png, area] = await Promise.all([
    capture(PNG),
    // The frame the image is in answers in the tab's viewport (src/page/image-area.ts), or null.
    tab?.id !== undefined && click.srcUrl ? deps.imageArea(tab.id, frameId, click.srcUrl).then(asImageArea, () => null) : null,
  ]);
  const id = deps.newId();
  const takenAt = deps.now();
  // A capture whose page never read it (closed at once, a browser that failed to open it).
  await deps
    .session()
    .then((stored) => deps.remove(staleCaptureKeys(stored, takenAt)))
    .catch(() => undefined);
  try {
    await deps.store(qrCaptureKey(id), { capture: png, area, takenAt });
  } catch {
    // Too big for storage.session (Chrome keeps 10 MB: a very large screen's PNG): the same
    // view as a JPEG is a fraction of the size, and QR codes survive its high quality.
    await deps.store(qrCaptureKey(id), { capture: await capture(JPEG), area, takenAt }).catch(() => undefined);
  }
  deps.openTab(deps.popupUrl(`#qr=${id}`));
}
