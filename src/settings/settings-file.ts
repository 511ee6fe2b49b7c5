/**
 * The settings export (ARCHITECTURE.md contract 4): a versioned JSON document that import
 * accepts back. Import checks the whole file before anything changes, and names the field of
 * every problem ("settings.trustedServers[2].host").
 */
import * as z from 'zod/mini';
import { formatCount, ltr, t, uiLanguage } from '../i18n/t';
import { booleanSchema, hostNameSchema, pageBadgesSchema, pausedSitesSchema, themeSchema, TRUSTABLE_PLATFORMS, type Settings } from './schema';

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
  trustedServers: z.optional(z.array(z.strictObject({ host: hostNameSchema, platform: z.enum(TRUSTABLE_PLATFORMS) })).check(z.maxLength(MAX_ENTRIES))),
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

/** What is wrong in an imported file: a kind (each has its own words), never zod's English. */
export type FileProblem =
  /** The whole file: too large, not JSON, or JSON that is not an object. */
  | { path: ''; kind: 'too-large' | 'not-json' | 'not-settings-file' }
  | {
      /** Where: "settings.trustedServers[2].host". */
      path: string;
      kind:
        'missing' | 'not-text' | 'not-number' | 'not-boolean' | 'not-list' | 'not-object' | 'unknown-field' | 'not-host-name' | 'key-not-host-name' | 'invalid';
    }
  /** `allowed` as JSON: '"jitsi"', '1'. */
  | { path: string; kind: 'not-one-of'; allowed: string[] }
  | { path: string; kind: 'too-many'; maximum: number }
  | { path: 'version'; kind: 'newer-version'; version: number };

export type FileProblemKind = FileProblem['kind'];

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

type WrongType = 'not-text' | 'not-number' | 'not-boolean' | 'not-list' | 'not-object';
const WRONG_TYPE: Record<string, WrongType> = {
  string: 'not-text',
  number: 'not-number',
  boolean: 'not-boolean',
  array: 'not-list',
  object: 'not-object',
  record: 'not-object',
};

type Issue = z.core.$ZodIssue;

function issueProblems(issue: Issue, raw: unknown): FileProblem[] {
  const path = pathText(issue.path);
  // A field nobody knows: one problem each, named by its own path.
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: pathText([...issue.path, key]), kind: 'unknown-field' }));
  // Anything wrong with the document itself (an array, a number, null): not a settings file.
  if (path === '') return [{ path: '', kind: 'not-settings-file' }];
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, kind: present(raw, issue.path) ? (WRONG_TYPE[issue.expected] ?? 'invalid') : 'missing' }];
    case 'invalid_value':
      return [{ path, kind: 'not-one-of', allowed: issue.values.map((v) => JSON.stringify(v)) }];
    case 'invalid_format':
      return [{ path, kind: 'not-host-name' }];
    case 'too_big':
      return [{ path, kind: 'too-many', maximum: Number(issue.maximum) }];
    case 'invalid_key':
      return [{ path, kind: 'key-not-host-name' }];
    default:
      return [{ path, kind: 'invalid' }];
  }
}

function versionProblem(raw: unknown): FileProblem | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format === SETTINGS_FILE_FORMAT && typeof version === 'number' && version > SETTINGS_FILE_VERSION) {
    return { path: 'version', kind: 'newer-version', version };
  }
  return null;
}

/** Checks a whole file; on any problem, returns every problem found and no settings. */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  if (text.length > MAX_FILE_CHARS) return { ok: false, problems: [{ path: '', kind: 'too-large' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '', kind: 'not-json' }] };
  }
  const newer = versionProblem(raw);
  if (newer) return { ok: false, problems: [newer] };
  const parsed = settingsFileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap((issue) => issueProblems(issue, raw)).slice(0, 20) };
}

/** Each kind's sentence. $1 is always the field (its path, shown as code); the whole-file ones do not name one. */
const PROBLEM_KEYS: Record<FileProblemKind, string> = {
  'too-large': 'settingsFileTooLarge',
  'not-json': 'settingsFileNotJson',
  'not-settings-file': 'settingsFileNotSettingsFile',
  'newer-version': 'settingsFileNewerVersion',
  missing: 'settingsFileMissing',
  'not-text': 'settingsFileNotText',
  'not-number': 'settingsFileNotNumber',
  'not-boolean': 'settingsFileNotBoolean',
  'not-list': 'settingsFileNotList',
  'not-object': 'settingsFileNotObject',
  'not-one-of': 'settingsFileNotOneOf',
  'unknown-field': 'settingsFileUnknownField',
  'not-host-name': 'settingsFileNotHostName',
  'too-many': 'settingsFileTooMany',
  'key-not-host-name': 'settingsFileKeyNotHostName',
  invalid: 'settingsFileInvalid',
};

/** "a" or "b", in the UI language's way of saying "or". */
function choiceWords(values: readonly string[]): string {
  try {
    return new Intl.ListFormat([uiLanguage(), 'en'], { type: 'disjunction' }).format(values);
  } catch {
    return values.join(' | ');
  }
}

/** A problem in words: its message key and the substitutions after $1 (the field). */
export function fileProblemWords(problem: FileProblem): { key: string; values: string[] } {
  const key = PROBLEM_KEYS[problem.kind];
  switch (problem.kind) {
    case 'not-one-of':
      return { key, values: [choiceWords(problem.allowed)] };
    case 'too-many':
      return { key, values: [formatCount(problem.maximum)] };
    case 'newer-version':
      return { key, values: [formatCount(problem.version)] };
    case 'not-host-name':
    case 'key-not-host-name':
      return { key, values: [ltr('meet.example.org')] };
    default:
      return { key, values: [] };
  }
}

/** A problem as one plain sentence, the field isolated left-to-right. */
export function fileProblemText(problem: FileProblem): string {
  const { key, values } = fileProblemWords(problem);
  return t(key, [ltr(problem.path), ...values]);
}
