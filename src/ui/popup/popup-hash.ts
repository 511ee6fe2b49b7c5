/**
 * What the popup page's fragment asks for: `#check=<encoded link>` (ARCHITECTURE.md contract 3:
 * open with that link checked), `#tab=<id>` (describe that tab: the popup opened as a page),
 * `#qr=<id>` (the QR codes in an image the context menu captured: src/qr/qr-capture.ts), or
 * `#qr-image` (choose an image of a QR code: the toolbar popup cannot keep a file chooser open).
 */
export type PopupRequest = { check: string } | { tab: number } | { qr: string } | { qrImage: true } | null;

const MAX_CHECK_CHARS = 16_384;

export function parsePopupHash(hash: string): PopupRequest {
  const body = hash.replace(/^#/, '');
  if (body.startsWith('check=')) {
    const raw = body.slice('check='.length, 'check='.length + MAX_CHECK_CHARS);
    let link: string;
    try {
      link = decodeURIComponent(raw);
    } catch {
      link = raw;
    }
    return link.trim() ? { check: link.trim() } : null;
  }
  if (body === 'qr-image') return { qrImage: true };
  const qr = /^qr=([0-9a-f-]{36})$/.exec(body)?.[1];
  if (qr !== undefined) return { qr };
  const tab = /^tab=(\d{1,10})$/.exec(body)?.[1];
  return tab !== undefined ? { tab: Number(tab) } : null;
}

export function checkHash(link: string): string {
  return `#check=${encodeURIComponent(link)}`;
}
