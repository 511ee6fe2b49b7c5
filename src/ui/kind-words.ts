/** Link kinds as the card names them. */
import type { LinkKind } from '../catalogue/kinds';

const WORDS: Record<LinkKind, string> = {
  meeting: 'meeting link',
  'personal-room': 'personal meeting room link',
  webinar: 'webinar link',
  'group-invite': 'group invitation',
  'contact-link': 'contact link',
  'device-link': 'device-linking link',
  'device-code-sign-in': 'sign-in-with-a-code link',
  other: 'link',
};

export const kindWords = (kind: LinkKind) => WORDS[kind];
