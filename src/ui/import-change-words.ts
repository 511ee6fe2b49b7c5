/** An import's planned changes in plain words, for the confirmation list. */
import type { ImportChange } from '../settings/import-merge';
import { unicodeHost } from './host-input';

const PLATFORM_NAMES = { jitsi: 'Jitsi Meet', bigbluebutton: 'BigBlueButton' } as const;

const CHOICE_NAMES: Record<string, string> = {
  pageBadges: 'Badges in pages',
  quietMode: 'Quiet mode',
  warnOnAvoid: 'Warning before opening links to avoid',
  theme: 'Look',
};

const VALUE_WORDS: Record<string, string> = {
  all: 'all invite links',
  warnings: 'only warnings',
  none: 'none',
  true: 'on',
  false: 'off',
  system: 'follow the system',
  light: 'light',
  dark: 'dark',
};

const valueWords = (value: unknown) => VALUE_WORDS[String(value)] ?? String(value);

function hostWords(host: string): string {
  const shown = unicodeHost(host);
  return shown === host ? host : `${shown} (${host})`;
}

export function importChangeWords(change: ImportChange, formatTime: (ms: number) => string): string {
  switch (change.kind) {
    case 'trust-server':
      return `Trust the ${PLATFORM_NAMES[change.server.platform]} server ${hostWords(change.server.host)}`;
    case 'keep-server':
      return `Keep ${hostWords(change.host)} as a ${PLATFORM_NAMES[change.current]} server (the file says ${PLATFORM_NAMES[change.inFile]})`;
    case 'choice':
      return `${CHOICE_NAMES[change.key] ?? change.key}: ${valueWords(change.from)} → ${valueWords(change.to)}`;
    case 'site-off':
      return `Change nothing on ${hostWords(change.host)}`;
    case 'pause':
      return `Pause on ${hostWords(change.host)} until ${formatTime(change.until)}`;
  }
}
