/**
 * The links of an HTML document (a newsletter, an e-mail's HTML part): every href, then the
 * addresses written in its text. Read as text, not run or rendered: no script, no request.
 * Character references are decoded (a Safe Links URL carries "&amp;" between its parameters).
 */
import type { TextLinkFinder } from './links-in-text';

const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (!ref.startsWith('#')) return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function linksInHtml(html: string, findInText: TextLinkFinder): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(HREF)) {
    const value = decodeCharacterReferences((match[1] ?? match[2] ?? match[3] ?? '').trim());
    if (value !== '' && !value.startsWith('#') && !/^mailto:/i.test(value)) found.add(value);
  }
  // The text a reader sees: without comments, scripts, styles and tags.
  const text = decodeCharacterReferences(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]*>/g, ' '),
  );
  for (const link of findInText(text)) found.add(link);
  return [...found];
}
