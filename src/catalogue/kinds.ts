/** Closed vocabularies shared by the catalogue, the recogniser and the assessment. */

export const LINK_KINDS = ['meeting', 'personal-room', 'webinar', 'group-invite', 'contact-link', 'device-link', 'device-code-sign-in', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/**
 * `optional-e2ee`: the host or a participant can switch end-to-end encryption on (Zoom, Webex).
 * `admin-e2ee`: end-to-end only where an organisation's admin enables it, usually on a paid plan
 * (Google Meet's client-side encryption, Teams Premium): nobody who receives a link can turn it
 * on, so for an invitee it counts like `to-server`.
 */
export const ENCRYPTION_CLASSES = ['e2ee', 'optional-e2ee', 'admin-e2ee', 'to-server', 'none'] as const;
export type EncryptionClass = (typeof ENCRYPTION_CLASSES)[number];

export const LEVELS = ['danger', 'avoid', 'caution', 'ok', 'none'] as const;
export type Level = (typeof LEVELS)[number];

export const USES = ['group-video', 'one-to-one-call', 'group-text', 'webinar'] as const;
export type Use = (typeof USES)[number];

export const OWNER_TYPES = ['company', 'non-profit', 'community', 'company-led-open-source', 'unknown'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** The Front Line Defenders guide (2020): listed it, declined it by name, or did not cover it. */
export const GUIDE_STANCES = ['listed', 'declined', 'not-covered'] as const;
export type GuideStance = (typeof GUIDE_STANCES)[number];

export const ACCOUNT_IDENTIFIERS = ['phone', 'email', 'username', 'third-party-login', 'none', 'unknown'] as const;
export type AccountIdentifier = (typeof ACCOUNT_IDENTIFIERS)[number];

/** Facts that can be compared with what the guide said; a difference needs a sourced change. */
export const COMPARABLE_FACTS = ['owner.name', 'jurisdiction', 'encryption.oneToOne', 'encryption.group', 'openSource', 'selfHostable', 'status'] as const;
export type ComparableFact = (typeof COMPARABLE_FACTS)[number];

/**
 * Items of a platform's own menus, for advice that says where to look ("Settings › Linked
 * devices"): each is a message key in public/_locales, worded as the app words it.
 */
export const MENU_ITEMS = ['settings', 'linked-devices', 'devices'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

/** What the members of a group see of each other (invitee advice for group links). */
export const MEMBERS_SEE = ['phone-number', 'profile', 'by-privacy-settings'] as const;
export type MembersSee = (typeof MEMBERS_SEE)[number];

/** The app's own name of the setting that makes admins approve who joins by link. */
export const APPROVAL_SETTINGS = ['approve-new-members', 'request-admin-approval'] as const;
export type ApprovalSetting = (typeof APPROVAL_SETTINGS)[number];

/** Facts of the advice for the person invited: each needs a source or an "unverified" entry. */
export const INVITEE_FACTS = ['invitee.devicesMenu', 'invitee.group'] as const;
