/**
 * The links of an e-mail (.eml, as a mail program saves it or someone forwards it as an
 * attachment): postal-mime decodes the MIME parts (quoted-printable, base64, character sets);
 * the links come from the HTML part, the text part and any calendar invitation attached.
 */
import PostalMime from 'postal-mime';
import { linksInCalendar } from './links-in-calendar';
import { linksInHtml } from './links-in-html';
import type { TextLinkFinder } from './links-in-text';

export async function linksInEmail(bytes: Uint8Array, findInText: TextLinkFinder): Promise<string[]> {
  const email = await PostalMime.parse(bytes);
  const found = new Set<string>();
  const add = (links: string[]) => links.forEach((link) => found.add(link));
  if (email.html) add(linksInHtml(email.html, findInText));
  if (email.text) add(findInText(email.text));
  for (const attachment of email.attachments) {
    if (!/^text\/calendar\b/i.test(attachment.mimeType) && !/\.ics$/i.test(attachment.filename ?? '')) continue;
    const content = attachment.content;
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    try {
      add(linksInCalendar(text, findInText));
    } catch {
      // A calendar part that is not iCalendar: its links, if any, are in the message itself.
    }
  }
  return [...found];
}
