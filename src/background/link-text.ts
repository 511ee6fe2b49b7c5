/** Whether a link's visible text claims to be an address, and which host it names. */

const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/)?[^\s/@]+\.[a-z]{2,}(?:[:/?#]\S*)?$/i;

/** The host a link's visible text names ("https://zoom.us/j/1", "zoom.us/j/1", "meet.google.com"), or null. */
export function hostNamedByText(text: string): string | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 2048 || !URL_LIKE.test(t)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
    return url.hostname.replace(/\.+$/, '') || null;
  } catch {
    return null;
  }
}

/** The text as a URL to recognise ("zoom.us/j/1" → "https://zoom.us/j/1"). */
export function textAsUrl(text: string): string {
  const t = text.trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(t) ? t : `https://${t}`;
}
