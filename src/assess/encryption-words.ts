/** Encryption classes in plain words: who can read or hear the conversation. */
import type { EncryptionClass } from '../catalogue/kinds';
import type { Platform } from '../catalogue/schema';
import { isolate, t } from '../i18n/t';

/** Who could read an unencrypted-to-them conversation: whoever runs the server, or the owner. */
function sentence(cls: EncryptionClass, owner: string | null): string {
  switch (cls) {
    case 'e2ee':
      return t('encryptionE2ee');
    case 'optional-e2ee':
      return owner === null ? t('encryptionOptionalServer') : t('encryptionOptionalOwner', [owner]);
    case 'admin-e2ee':
      return owner === null ? t('encryptionAdminServer') : t('encryptionAdminOwner', [owner]);
    case 'to-server':
      return owner === null ? t('encryptionToServerServer') : t('encryptionToServerOwner', [owner]);
    default:
      return t('encryptionNone');
  }
}

/** For a platform: on a self-hostable one, whoever runs the server can read; else its owner. */
export function encryptionSentence(cls: EncryptionClass, p: Pick<Platform, 'selfHostable' | 'owner'>): string {
  return sentence(cls, p.selfHostable === true ? null : isolate(p.owner.name));
}

const SHORT_KEY: Record<EncryptionClass, string> = {
  e2ee: 'encryptionShortE2ee',
  'optional-e2ee': 'encryptionShortOptional',
  'admin-e2ee': 'encryptionShortAdmin',
  'to-server': 'encryptionShortToServer',
  none: 'encryptionShortNone',
};

export function encryptionShort(cls: EncryptionClass): string {
  return t(SHORT_KEY[cls]);
}
