/** Link kinds as the card names them ("meeting link", "group invitation"). */
import type { LinkKind } from '../catalogue/kinds';
import { t } from '../i18n/t';

const KEY: Record<LinkKind, string> = {
  meeting: 'kindMeeting',
  'personal-room': 'kindPersonalRoom',
  webinar: 'kindWebinar',
  'group-invite': 'kindGroupInvite',
  'contact-link': 'kindContactLink',
  'device-link': 'kindDeviceLink',
  'device-code-sign-in': 'kindDeviceCodeSignIn',
  other: 'kindOther',
};

export const kindWords = (kind: LinkKind) => t(KEY[kind]);
