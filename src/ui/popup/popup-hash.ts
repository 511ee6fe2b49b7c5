/**
 * What the popup page's fragment asks for: `#check=<encoded link>` (ARCHITECTURE.md contract 3:
 * open with that link checked), or `#tab=<id>` (describe that tab: the popup opened as a page).
 */
export type PopupRequest = { check: string } | { tab: number } | null;

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
  const tab = /^tab=(\d{1,10})$/.exec(body)?.[1];
  return tab !== undefined ? { tab: Number(tab) } : null;
}

export function checkHash(link: string): string {
  return `#check=${encodeURIComponent(link)}`;
}
