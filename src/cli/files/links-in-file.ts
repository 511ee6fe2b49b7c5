/**
 * `--file PATH…` (issue 15): the links in an invite that is not a link, by the file's kind: QR
 * codes in an image, a calendar invitation, an e-mail, a web page, plain text. A file of a kind
 * it cannot read, or that is not what its name says, throws an Error whose message says so.
 */
import { linksInCalendar } from './links-in-calendar';
import { linksInEmail } from './links-in-email';
import { linksInHtml } from './links-in-html';
import type { TextLinkFinder } from './links-in-text';

export const FILE_KINDS = { png: 'image', jpg: 'image', jpeg: 'image', ics: 'calendar', eml: 'email', html: 'html', htm: 'html', txt: 'text' } as const;
export type FileKind = (typeof FILE_KINDS)[keyof typeof FILE_KINDS];

export function fileKindOf(path: string): FileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension && extension in FILE_KINDS ? FILE_KINDS[extension as keyof typeof FILE_KINDS] : null;
}

/** Text as UTF-8, or an error when it is not (a binary file named .txt). */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text');
  }
}

export async function linksInFile(path: string, bytes: Uint8Array, findInText: TextLinkFinder): Promise<string[]> {
  const kind = fileKindOf(path);
  switch (kind) {
    case 'image': {
      const { qrCodesInImage } = await import('./qr-codes-in-image');
      return qrCodesInImage(bytes);
    }
    case 'calendar':
      try {
        return linksInCalendar(utf8(bytes), findInText);
      } catch (error) {
        throw new Error(`not an iCalendar file (${(error as Error).message})`);
      }
    case 'email':
      return linksInEmail(bytes, findInText);
    case 'html':
      return linksInHtml(utf8(bytes), findInText);
    case 'text':
      return findInText(utf8(bytes));
    default:
      throw new Error(`cannot read this kind of file: give .${Object.keys(FILE_KINDS).join(', .')}`);
  }
}
