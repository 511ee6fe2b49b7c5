/** Catalogue values in plain words, for the card's fact rows. */
import type { AccountIdentifier, OwnerType } from '../../catalogue/kinds';
import type { Platform } from '../../catalogue/schema';
import { t } from '../../i18n/t';
import { listWords } from './list-words';

type YesNoPartly = boolean | 'partly' | 'unknown';

const OWNER_TYPES: Record<OwnerType, string> = {
  company: 'factOwnerCompany',
  'non-profit': 'factOwnerNonProfit',
  community: 'factOwnerCommunity',
  'company-led-open-source': 'factOwnerCompanyLedOpenSource',
  unknown: 'factOwnerUnknownKind',
};

export const ownerTypeWords = (type: OwnerType) => t(OWNER_TYPES[type]);

/** `words`: the translated answers; "partly" defaults to "Partly", unknown is "Not known". */
export function yesNo(value: YesNoPartly, words: { yes: string; no: string; partly?: string }): string {
  if (value === true) return words.yes;
  if (value === false) return words.no;
  if (value === 'partly') return words.partly ?? t('factPartly');
  return t('factNotKnown');
}

const REQUIRED: Record<string, string> = {
  true: 'factAccountEveryone',
  'host-only': 'factAccountHostOnly',
  false: 'factAccountNobody',
  unknown: 'factAccountUnknown',
};

const IDENTIFIERS: Record<AccountIdentifier, string | null> = {
  phone: 'factIdentifierPhone',
  email: 'factIdentifierEmail',
  username: 'factIdentifierUsername',
  'third-party-login': 'factIdentifierThirdPartyLogin',
  none: null,
  unknown: 'factIdentifierUnknown',
};

export function accountWords(account: Platform['account']): string {
  const ids = account.identifiers.flatMap((id) => {
    const key = IDENTIFIERS[id];
    return key ? [t(key)] : [];
  });
  const needs = t(REQUIRED[String(account.required)] ?? REQUIRED.unknown!);
  return ids.length ? t('factAccountWithIdentifiers', [needs, listWords(ids, 'unit')]) : needs;
}

export function metadataWords(value: YesNoPartly, owner: string): string {
  return yesNo(value, {
    yes: t('factMetadataYes', [owner]),
    no: t('factMetadataNo'),
    partly: t('factMetadataPartly', [owner]),
  });
}
