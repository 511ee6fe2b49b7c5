/**
 * The links of an iCalendar file (.ics, RFC 5545) as Google Calendar, Outlook and Zoom export
 * them: ical.js unfolds the lines and unescapes the values; every property of every component is
 * read (URL, LOCATION, DESCRIPTION, CONFERENCE, X-GOOGLE-CONFERENCE, Outlook's
 * X-MICROSOFT-SKYPETEAMSMEETINGURL, X-ALT-DESC's HTML, and whatever else carries an address).
 */
import ICAL from 'ical.js';
import { linksInHtml } from './links-in-html';
import type { TextLinkFinder } from './links-in-text';

/** Properties people read or click; the rest (PRODID, UID, ORGANIZER's mailto:, time zones) hold no invite. */
const READ = new Set(['url', 'location', 'description', 'summary', 'comment', 'conference', 'contact', 'attach']);
const isRead = (name: string) => READ.has(name) || name.startsWith('x-');

type JCalProperty = [name: string, params: Record<string, unknown>, type: string, ...values: unknown[]];
type JCalComponent = [name: string, properties: JCalProperty[], components: JCalComponent[]];

/** Throws (with ical.js's message) when the text is not iCalendar. */
export function linksInCalendar(text: string, findInText: TextLinkFinder): string[] {
  const parsed = ICAL.parse(text) as JCalComponent | JCalComponent[];
  const roots = (Array.isArray(parsed[0]) ? parsed : [parsed]) as JCalComponent[];
  const found = new Set<string>();
  const visit = ([, properties, components]: JCalComponent) => {
    for (const [name, params, , ...values] of properties) {
      if (!isRead(name)) continue;
      for (const value of values) {
        if (typeof value !== 'string') continue;
        const html = name === 'x-alt-desc' && typeof params.fmttype === 'string' && params.fmttype.toLowerCase() === 'text/html';
        const links = html ? linksInHtml(value, findInText) : name === 'url' || name === 'conference' ? [value.trim()] : findInText(value);
        for (const link of links) if (link) found.add(link);
      }
    }
    components.forEach(visit);
  };
  roots.forEach(visit);
  return [...found];
}
