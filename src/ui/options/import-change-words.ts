/**
 * An import's planned changes in plain words, for the confirmation list: a message key and its
 * substitutions, where a host stays a host (shown with <HostName>, both forms, left-to-right).
 */
import { t } from '../../i18n/t';
import type { ImportChange } from '../../settings/import-merge';
import { PLATFORM_NAMES } from './server-lists';

export type ChangePart = string | { host: string };

export interface ChangeWords {
  key: string;
  parts: ChangePart[];
}

/** The settings an import can change, by name. */
const SETTING_KEYS: Record<Extract<ImportChange, { kind: 'choice' }>['key'], string> = {
  pageBadges: 'importChangeSettingPageBadges',
  quietMode: 'importChangeSettingQuietMode',
  warnOnAvoid: 'importChangeSettingWarnOnAvoid',
  theme: 'importChangeSettingTheme',
};

/** Their values: badge modes, on/off, looks. */
const VALUE_KEYS: Record<string, string> = {
  all: 'importChangeValueAll',
  warnings: 'importChangeValueWarnings',
  none: 'importChangeValueNone',
  true: 'importChangeValueOn',
  false: 'importChangeValueOff',
  system: 'importChangeValueSystem',
  light: 'importChangeValueLight',
  dark: 'importChangeValueDark',
};

const valueWords = (value: unknown) => {
  const key = VALUE_KEYS[String(value)];
  return key ? t(key) : String(value);
};

export function importChangeWords(change: ImportChange, formatTime: (ms: number) => string): ChangeWords {
  switch (change.kind) {
    case 'trust-server':
      return { key: 'importChangeTrustServer', parts: [PLATFORM_NAMES[change.server.platform], { host: change.server.host }] };
    case 'keep-server':
      return { key: 'importChangeKeepServer', parts: [{ host: change.host }, PLATFORM_NAMES[change.current], PLATFORM_NAMES[change.inFile]] };
    case 'choice':
      return { key: 'importChangeChoice', parts: [t(SETTING_KEYS[change.key]), valueWords(change.from), valueWords(change.to)] };
    case 'site-off':
      return { key: 'importChangeSiteOff', parts: [{ host: change.host }] };
    case 'pause':
      return { key: 'importChangePause', parts: [{ host: change.host }, formatTime(change.until)] };
  }
}
