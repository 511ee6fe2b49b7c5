/**
 * The catalogue's shape, validated with zod in tests and at build time (never in the content
 * script). One file per platform in data/platforms/<id>.json.
 */
import { z } from 'zod';
import {
  ACCOUNT_IDENTIFIERS,
  APPROVAL_SETTINGS,
  COMPARABLE_FACTS,
  ENCRYPTION_CLASSES,
  GUIDE_STANCES,
  LINK_KINDS,
  MEMBERS_SEE,
  MENU_ITEMS,
  OWNER_TYPES,
  USES,
} from './kinds';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
const checkedDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the date checked, as YYYY-MM-DD');
const platformId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id with dashes');
const hostName = z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/, 'a lowercase ASCII host name');
const regexSource = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, 'a valid regular expression');
const yesNoPartly = z.union([z.boolean(), z.literal('partly'), z.literal('unknown')]);

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a short lowercase source id'),
  /** Only https: a source read over plain http could have been altered on the way. */
  url: z.url({ protocol: /^https$/ }),
  checked: checkedDate,
  title: z.string().optional(),
  /** What this source supports, in a few words. */
  supports: z.string().min(1),
});

export const linkShapeSchema = z.strictObject({
  /** Exact hosts (or "*.suffix") this shape applies to; default: every host of the platform. */
  hosts: z.array(z.string().min(1)).optional(),
  /** Regular expression tested against the normalised path (lowercased host, decoded once). */
  path: regexSource,
  /** Query parameters that must be present, each with a regular expression for its value. */
  query: z.record(z.string(), regexSource).optional(),
  /** Regular expression tested against the fragment, including the leading '#'. */
  hash: regexSource.optional(),
  kind: z.enum(LINK_KINDS),
  note: z.string().optional(),
  /**
   * A self-hosted platform's path that nobody else uses ("/bigbluebutton/api/join", "/#/room/"):
   * links that begin with it (path and fragment, right after the host) are this platform's on any
   * host, as a server nobody has vouched for. The literal start, at least six characters; only on
   * self-hostable platforms, and only on shapes not limited to some hosts.
   */
  anyHost: z
    .string()
    .regex(/^\/.{5,}$/)
    .optional(),
});

export const schemeSchema = z.strictObject({
  /** URL scheme without the colon, lowercase: "zoommtg", "sgnl". */
  scheme: z.string().regex(/^[a-z][a-z0-9+.-]*$/),
  /** Regular expression tested against everything after "scheme:". */
  pattern: regexSource.optional(),
  kind: z.enum(LINK_KINDS),
  note: z.string().optional(),
});

export const recogniserSchema = z.strictObject({
  /** Hosts that belong to the platform exactly. */
  hosts: z.array(hostName),
  /** Registrable domains whose every subdomain belongs to the platform (vanity subdomains). */
  hostSuffixes: z.array(hostName),
  /** Registrable domains the platform's owner runs (its website, help pages): never lookalikes. May overlap between platforms of one owner. */
  ownDomains: z.array(hostName),
  /** Link shapes; a URL on the platform's hosts that matches none is not an invite link. */
  links: z.array(linkShapeSchema).min(1),
  schemes: z.array(schemeSchema),
  /**
   * Distinctive names of the platform (whatsapp, msteams): in a foreign host, glued to other words or
   * as a subdomain, they mark an imitation given the platform's invite shape, a download or a sign-in path.
   */
  brandTokens: z.array(z.string().regex(/^[a-z0-9]{4,}$/, 'a lowercase token of 4+ letters or digits')),
  /**
   * Names of the platform that are also everyday words (zoom, slack, signal, teams): in a foreign host
   * they mark an imitation only with the platform's own invite shape, or beside a word phishing sites
   * use (zoom-download, slack-sso) with a download or sign-in path. Never glued into unrelated words.
   */
  brandWords: z.array(z.string().regex(/^[a-z0-9]{4,}$/, 'a lowercase word of 4+ letters or digits')).optional(),
  /** Labels of the platform's own hosts, by pattern (Zoom's "us02web"): on a foreign domain with an invite shape, an imitation. */
  hostLabelPatterns: z.array(regexSource).optional(),
  examples: z.strictObject({
    invite: z.array(z.strictObject({ url: z.string().min(1), kind: z.enum(LINK_KINDS) })).min(1),
    notInvite: z.array(z.string().min(1)).min(1),
    /** Links on self-hosted servers nobody has vouched for, recognised by an `anyHost` path: the platform, at `caution`. */
    selfHosted: z.array(z.strictObject({ url: z.string().min(1), kind: z.enum(LINK_KINDS) })).optional(),
  }),
});

const comparableValue = z.union([z.string(), z.boolean()]);

export const platformSchema = z.strictObject({
  id: platformId,
  name: z.string().min(1),
  website: z.url({ protocol: /^https$/ }),
  owner: z.strictObject({
    name: z.string().min(1),
    type: z.enum(OWNER_TYPES),
    /** Does the owner collect metadata about who talks to whom (the guide's "surveillance" test)? */
    collectsMetadata: yesNoPartly,
    notes: z.string().optional(),
  }),
  /** ISO 3166-1 alpha-2 code of the controlling entity. */
  jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code'),
  jurisdictionNotes: z.string().optional(),
  encryption: z.strictObject({
    oneToOne: z.enum(ENCRYPTION_CLASSES),
    group: z.enum(ENCRYPTION_CLASSES),
    /** In plain words: who can read what, and what depends on the host. */
    notes: z.string().min(1),
  }),
  features: z.array(z.string().min(1)),
  openSource: yesNoPartly,
  licence: z.string().min(1),
  hosting: z.string().min(1),
  selfHostable: yesNoPartly,
  cost: z.string().min(1),
  limits: z.string().min(1),
  account: z.strictObject({
    /** true: everyone needs one; "host-only": only the organiser; false: nobody. */
    required: z.union([z.boolean(), z.literal('host-only'), z.literal('unknown')]),
    identifiers: z.array(z.enum(ACCOUNT_IDENTIFIERS)).min(1),
    notes: z.string().optional(),
  }),
  access: z.string().min(1),
  notes: z.string(),
  status: z.enum(['active', 'discontinued']),
  discontinued: z.strictObject({ since: isoDate, replacedBy: platformId.optional(), notes: z.string().optional() }).optional(),
  guide: z.strictObject({
    stance: z.enum(GUIDE_STANCES),
    /** The guide's reason, for "declined". */
    reason: z.string().optional(),
    /** What the guide said for the comparable facts, as values of the same fields. */
    said: z.partialRecord(z.enum(COMPARABLE_FACTS), comparableValue),
  }),
  changes: z.array(
    z.strictObject({
      fact: z.string().min(1),
      old: z.string().min(1),
      new: z.string().min(1),
      since: isoDate.optional(),
      sources: z.array(z.string()).min(1, 'every change needs at least one source'),
    }),
  ),
  uses: z.array(z.enum(USES)).min(1),
  /**
   * For the advice to the person who received a link (issue 14), where a source says: the menu
   * that lists the devices and sessions linked to an account (after a device link was opened),
   * and what a group link exposes. Sourced in factSources ("invitee.devicesMenu", "invitee.group").
   */
  invitee: z
    .strictObject({
      devicesMenu: z.array(z.enum(MENU_ITEMS)).min(1).optional(),
      group: z
        .strictObject({
          membersSee: z.enum(MEMBERS_SEE),
          /** Can admins make everyone who comes by the link wait for their approval? */
          approval: z.boolean(),
          approvalSetting: z.enum(APPROVAL_SETTINGS).optional(),
        })
        .optional(),
    })
    .optional(),
  sources: z.array(sourceSchema),
  /** Sources for facts the guide does not give: fact key → source ids. */
  factSources: z.record(z.string(), z.array(z.string()).min(1)),
  /** Fact keys we could not verify; shown as such. */
  unverified: z.array(z.string()),
  recognise: recogniserSchema,
});

export const serverInstanceSchema = z.strictObject({
  host: hostName,
  operator: z.string().min(1),
  /**
   * ISO 3166-1 alpha-2 code of where the operator is based: its legal seat, or where the group
   * behind it works from. Left out when no source says.
   */
  operatorCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code')
    .optional(),
  /**
   * ISO 3166-1 alpha-2 code of where the server runs (its data centre), which can differ from the
   * operator's (framatalk.org: a French association, servers in Germany). Left out when no source says.
   */
  hostingCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code')
    .optional(),
  official: z.boolean(),
  /**
   * Who may open rooms on it: `anyone` (a public server, where strangers can walk into a room
   * whose name they guess), `members` (an organisation's own people), `customers` (paid
   * hosting). Left out when no source says. Trusting an official or `anyone` server is
   * confirmed first (issue 14).
   */
  access: z.enum(['anyone', 'members', 'customers']).optional(),
  notes: z.string().optional(),
  sources: z.array(z.string()).min(1),
});

export const serverListSchema = z.strictObject({
  platform: z.enum(['jitsi', 'bigbluebutton']),
  description: z.string(),
  sources: z.array(sourceSchema).min(1),
  instances: z.array(serverInstanceSchema).min(1),
});

export const redirectWrapperSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  hosts: z.array(hostName),
  hostSuffixes: z.array(hostName),
  path: regexSource,
  /** How the target is carried: a query parameter, or Proofpoint's own encodings. */
  carrier: z.union([
    z.strictObject({ type: z.literal('query'), params: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ type: z.literal('proofpoint-v2') }),
    z.strictObject({ type: z.literal('proofpoint-v3') }),
  ]),
  example: z.strictObject({ url: z.string(), target: z.string() }),
  source: z.string().optional(),
});
export const redirectWrapperListSchema = z.strictObject({ wrappers: z.array(redirectWrapperSchema).min(1) });

/**
 * A newsletter or marketing click tracker (Mailchimp, SendGrid, ...): a redirect the sender's
 * mailing service puts in front of every link. Where the destination is carried in the URL,
 * `carrier` says how to read it and the tracker is unwrapped like a redirect wrapper; where it
 * is not (or cannot be read), the link is shown as "goes through a click tracker".
 */
export const clickTrackerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The service's name as people know it, shown in reasons: "Mailchimp". */
  name: z.string().min(1),
  hosts: z.array(hostName),
  /** Domains whose every subdomain is the tracker's (the domain itself too). */
  hostSuffixes: z.array(hostName),
  /** Tested against the URL's path: only these paths are the tracker (other pages of the host are not). */
  path: regexSource,
  /** How the destination is carried, when it is: a query parameter, or base64 JSON in one. */
  carrier: z
    .union([
      z.strictObject({ type: z.literal('query'), params: z.array(z.string().min(1)).min(1) }),
      z.strictObject({
        type: z.literal('base64-json'),
        param: z.string().min(1),
        /** The keys leading to the URL; a string value on the way is itself JSON. */
        keys: z.array(z.string().min(1)).min(1),
      }),
    ])
    .optional(),
  /** Example links: `target` is the readable destination, or null when it cannot be seen. */
  examples: z.array(z.strictObject({ url: z.string(), target: z.string().nullable() })).min(1),
  sources: z.array(sourceSchema).min(1),
  /** What could not be verified from the sources (a host, a path, a format), in words. */
  unverified: z.array(z.string().min(1)).optional(),
});
export const clickTrackerListSchema = z.strictObject({ trackers: z.array(clickTrackerSchema).min(1) });

export type Platform = z.infer<typeof platformSchema>;
export type LinkShape = z.infer<typeof linkShapeSchema>;
export type ServerList = z.infer<typeof serverListSchema>;
export type ServerInstance = z.infer<typeof serverInstanceSchema>;
export type RedirectWrapper = z.infer<typeof redirectWrapperSchema>;
export type ClickTracker = z.infer<typeof clickTrackerSchema>;
export type Source = z.infer<typeof sourceSchema>;
