/**
 * The settings export (ARCHITECTURE.md contract 4): a versioned JSON document that import
 * accepts back. Import checks the whole file before anything changes, and names the field of
 * every problem ("settings.trustedServers[2].host").
 */
import * as z from 'zod/mini';
import {
  booleanSchema,
  hostNameSchema,
  pageBadgesSchema,
  pausedSitesSchema,
  themeSchema,
  TRUSTABLE_PLATFORMS,
  type Settings,
} from './schema';

export const SETTINGS_FILE_FORMAT = 'invite-guard-settings';
export const SETTINGS_FILE_VERSION = 1;
/** Far more than any group needs; bounds the work an imported file can cause. */
export const MAX_FILE_CHARS = 1_000_000;
const MAX_ENTRIES = 5_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  /** When it was written, ISO 8601; informative only. */
  exported?: string;
  /** Every setting is optional on import, so a group can share only its trusted servers. */
  settings: Partial<Settings>;
}

const settingsInFile = z.strictObject({
  trustedServers: z.optional(
    z.array(z.strictObject({ host: hostNameSchema, platform: z.enum(TRUSTABLE_PLATFORMS) })).check(z.maxLength(MAX_ENTRIES)),
  ),
  pageBadges: z.optional(pageBadgesSchema),
  quietMode: z.optional(booleanSchema),
  warnOnAvoid: z.optional(booleanSchema),
  sitesOff: z.optional(z.array(hostNameSchema).check(z.maxLength(MAX_ENTRIES))),
  pausedSites: z.optional(pausedSitesSchema),
  theme: z.optional(themeSchema),
});

const settingsFileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.literal(SETTINGS_FILE_VERSION),
  exported: z.optional(z.string()),
  settings: settingsInFile,
});

export function settingsFile(settings: Settings, now: Date): SettingsFile {
  return { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, exported: now.toISOString(), settings: { ...settings } };
}

export function settingsFileText(settings: Settings, now: Date): string {
  return `${JSON.stringify(settingsFile(settings, now), null, 2)}\n`;
}

/** "invite-guard-settings-2026-11-28.json" */
export function settingsFileName(now: Date): string {
  return `${SETTINGS_FILE_FORMAT}-${now.toISOString().slice(0, 10)}.json`;
}

export interface FileProblem {
  /** Where: "settings.trustedServers[2].host", or "" for the whole file. */
  path: string;
  message: string;
}

export type ParsedSettingsFile = { ok: true; file: SettingsFile } | { ok: false; problems: FileProblem[] };

/** ["settings", "trustedServers", 2, "host"] → "settings.trustedServers[2].host"; odd keys quoted. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const key = String(part);
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${out}[${JSON.stringify(key)}]`;
    return out ? `${out}.${key}` : key;
  }, '');
}

/** Whether the raw document has something at `path` (zod does not keep the input in issues). */
function present(raw: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = raw;
  for (const part of path) {
    if (typeof at !== 'object' || at === null || !Object.prototype.hasOwnProperty.call(at, part)) return false;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at !== undefined;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object ({ … })',
};

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue, raw: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return present(raw, issue.path) ? `should be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}` : 'is missing';
    case 'invalid_value':
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `has fields Invite Guard does not know: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'should be a host name in lowercase, such as meet.example.org (Unicode names as punycode, xn--…)';
    case 'too_big':
      return `has too many entries (at most ${String(issue.maximum)})`;
    case 'invalid_key':
      return 'has a key that is not a host name, such as meet.example.org';
    default:
      return 'is not valid';
  }
}

function versionProblem(raw: unknown): FileProblem | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format === SETTINGS_FILE_FORMAT && typeof version === 'number' && version > SETTINGS_FILE_VERSION) {
    return { path: 'version', message: `is ${version}: this file comes from a newer Invite Guard. Update the extension, then import it again.` };
  }
  return null;
}

/** Checks a whole file; on any problem, returns every problem found and no settings. */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  if (text.length > MAX_FILE_CHARS) return { ok: false, problems: [{ path: '', message: 'The file is too large to be an Invite Guard settings file.' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', message: 'The file is not JSON: it may be damaged, or not an Invite Guard settings file.' }] };
  }
  const newer = versionProblem(raw);
  if (newer) return { ok: false, problems: [newer] };
  const parsed = settingsFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, file: parsed.data as SettingsFile };
  return { ok: false, problems: parsed.error.issues.slice(0, 20).map((issue) => ({ path: pathText(issue.path), message: issueMessage(issue, raw) })) };
}
