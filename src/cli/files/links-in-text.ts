/**
 * The links in a piece of text (an e-mail's text part, a calendar event's description, a file of
 * notes), in the order they appear, each once: web addresses as linkify-it finds them
 * (https://…, www.…, "zoom.us/j/…" without a scheme), and the apps' own links
 * (sgnl://linkdevice?…, tg://join?…) for the schemes the catalogue knows.
 */
import LinkifyIt from 'linkify-it';

export type TextLinkFinder = (text: string) => string[];

/** `appSchemes`: the catalogue's app schemes without their colon ("sgnl", "tg", "zoommtg"). */
export function textLinkFinder(appSchemes: readonly string[]): TextLinkFinder {
  // Web and app links only: no e-mail addresses (an organiser's mailto:, a calendar UID) and no
  // "//host" (a calendar's PRODID "-//zoom.us//iCalendar Event//EN").
  const linkify = new LinkifyIt({}, { fuzzyEmail: false }).add('mailto:', null).add('//', null);
  // An app link runs to the next space or quote, less a sentence's closing punctuation
  // ("tsdevice:/?uuid=…" has no "//", so http's rule would miss it).
  const appLink = { validate: (text: string, pos: number) => /^[^\s<>"'`]*[^\s<>"'`.,;:!?)\]]/.exec(text.slice(pos))?.[0].length ?? 0 };
  for (const scheme of appSchemes) linkify.add(`${scheme}:`, appLink);
  return (text) => {
    const found = new Set<string>();
    for (const match of linkify.match(text) ?? []) {
      // "zoom.us/j/1" without a scheme: written as the person wrote it (the recogniser adds https://).
      found.add(match.schema === '' ? match.raw : match.url);
    }
    return [...found];
  };
}
