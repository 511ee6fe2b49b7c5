/**
 * What the person who received a link can do (issue 14): for a device link, where to remove a
 * device it may already have linked; for a group link, who can join with it and what members
 * see; for a meeting that is not end-to-end encrypted, how to join if they must. Platform facts
 * come from the catalogue's `invitee` field (each with a source); the rest are general rules
 * that hold on any platform ("keep the camera off until you need it"). In words from
 * public/_locales, so every language gets the same advice.
 */
import type { Level, LinkKind, MenuItem } from '../catalogue/kinds';
import type { Platform } from '../catalogue/schema';
import { t } from '../i18n/t';
import { encryptionFor, useOfLink } from './link-use';

const MENU_WORDS: Record<MenuItem, string> = { settings: 'menuSettings', 'linked-devices': 'menuLinkedDevices', devices: 'menuDevices' };
const APPROVAL_WORDS = { 'approve-new-members': 'settingApproveNewMembers', 'request-admin-approval': 'settingRequestAdminApproval' } as const;
const MEMBERS_SEE_WORDS = {
  'phone-number': 'adviceGroupSeesPhone',
  profile: 'adviceGroupSeesProfile',
  'by-privacy-settings': 'adviceGroupSeesByPrivacy',
} as const;

export interface AdviceLine {
  text: string;
  /** Rests on a fact the catalogue lists as not verified (Signal's menu path): shown as such. */
  unverified: boolean;
}

const line = (text: string, unverified = false): AdviceLine => ({ text, unverified });

/** "Settings › Linked devices", in the language shown. */
export const menuPath = (items: readonly MenuItem[]): string => items.map((item) => t(MENU_WORDS[item])).join(' › ');

function deviceAdvice(p: Platform): AdviceLine[] {
  const menu = p.invitee?.devicesMenu;
  const undo = menu
    ? line(t('adviceDeviceUndoMenu', [p.name, menuPath(menu)]), p.unverified.includes('invitee.devicesMenu'))
    : line(t('adviceDeviceUndo', [p.name]));
  return [undo, line(t('adviceDeviceTell'))];
}

function groupAdvice(p: Platform): AdviceLine[] {
  const group = p.invitee?.group;
  if (!group) return [line(t('adviceGroupGeneric'))];
  const unverified = p.unverified.includes('invitee.group');
  const lines = [t('adviceGroupAnyone'), t(MEMBERS_SEE_WORDS[group.membersSee], [p.name])];
  if (group.approval) {
    lines.push(group.approvalSetting ? t('adviceGroupApprovalNamed', [t(APPROVAL_WORDS[group.approvalSetting])]) : t('adviceGroupApproval'));
  }
  return lines.map((text) => line(text, unverified));
}

function meetingAdvice(p: Platform, kind: LinkKind, hasAlternatives: boolean): AdviceLine[] {
  const cls = encryptionFor(useOfLink(kind, p), p);
  if (cls === 'e2ee') return [];
  const lines = [t('adviceMeetingBrowser'), t('adviceMeetingCamera'), t('adviceMeetingRecorded')];
  if (cls === 'optional-e2ee') lines.push(t('adviceMeetingAskE2ee', [p.name]));
  if (cls === 'admin-e2ee') lines.push(t('adviceMeetingAdminE2ee', [p.name]));
  if (hasAlternatives) lines.push(t('adviceMeetingSuggest'));
  return lines.map((text) => line(text));
}

/**
 * Advice for a link of `kind` on platform `p` judged `level`, most urgent first; empty when there
 * is nothing to add to the reasons. Imitations get none (the only advice is not to open them,
 * which the reasons say), nor does a platform that has shut down; a meeting only when it is not
 * safe as it is (avoid, caution).
 */
export function inviteeAdvice(p: Platform, kind: LinkKind, level: Level, hasAlternatives: boolean): AdviceLine[] {
  if (p.status === 'discontinued') return [];
  switch (kind) {
    case 'device-link':
      return deviceAdvice(p);
    case 'device-code-sign-in':
      return [line(t('adviceDeviceCodeUndo', [p.name])), line(t('adviceDeviceTell'))];
    case 'group-invite':
      return groupAdvice(p);
    case 'meeting':
    case 'personal-room':
    case 'webinar':
      return level === 'avoid' || level === 'caution' ? meetingAdvice(p, kind, hasAlternatives) : [];
    default:
      return [];
  }
}
