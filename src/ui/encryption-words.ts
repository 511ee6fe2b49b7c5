/** Encryption classes in plain words: who can read or hear the conversation. */
import type { EncryptionClass } from '../catalogue/kinds';

/** `whoRuns`: "Zoom Communications, Inc.", or "whoever runs the server" for self-hostable platforms. */
const WORDS: Record<EncryptionClass, (whoRuns: string) => string> = {
  e2ee: () => 'End-to-end encrypted: only the people in the conversation can read or hear it.',
  'optional-e2ee': (whoRuns) =>
    `End-to-end only if the host turns it on. Otherwise it is encrypted only on the way to the server, and ${whoRuns} can read or hear it.`,
  'to-server': (whoRuns) => `Encrypted only on the way to the server: ${whoRuns} can read or hear it.`,
  none: () => 'Not encrypted: anyone on the way can read or hear it.',
};

export function encryptionWords(cls: EncryptionClass, whoRuns: string): string {
  return WORDS[cls](whoRuns);
}

const SHORT: Record<EncryptionClass, string> = {
  e2ee: 'end-to-end encrypted',
  'optional-e2ee': 'end-to-end only if the host turns it on',
  'to-server': 'encrypted only to the server',
  none: 'not encrypted',
};

export function encryptionShort(cls: EncryptionClass): string {
  return SHORT[cls];
}
