/** Catalogue values in plain words, for the card's fact rows. */
import type { AccountIdentifier, OwnerType } from '../catalogue/kinds';
import type { Platform } from '../catalogue/schema';

type YesNoPartly = boolean | 'partly' | 'unknown';

const OWNER_TYPES: Record<OwnerType, string> = {
  company: 'a company',
  'non-profit': 'a non-profit',
  community: 'a community project',
  'company-led-open-source': 'a company leading an open-source project',
  unknown: 'an owner of unknown kind',
};

export const ownerTypeWords = (type: OwnerType) => OWNER_TYPES[type];

export function yesNo(value: YesNoPartly, words: { yes: string; no: string; partly?: string }): string {
  if (value === true) return words.yes;
  if (value === false) return words.no;
  if (value === 'partly') return words.partly ?? 'Partly';
  return 'Not known';
}

const REQUIRED: Record<string, string> = {
  true: 'Everyone needs an account.',
  'host-only': 'Only the organiser needs an account; others join with the link.',
  false: 'No account needed.',
  unknown: 'Whether an account is needed is not known.',
};

const IDENTIFIERS: Record<AccountIdentifier, string> = {
  phone: 'a phone number',
  email: 'an email address',
  username: 'a user name',
  'third-party-login': 'a sign-in through another company (such as Google)',
  none: '',
  unknown: 'something not known',
};


export function accountWords(account: Platform['account']): string {
  const ids = account.identifiers.map((id) => IDENTIFIERS[id]).filter((w) => w !== '');
  const needs = REQUIRED[String(account.required)] ?? REQUIRED.unknown!;
  return ids.length ? `${needs} Accounts use: ${ids.join(', ')}.` : needs;
}

export function metadataWords(value: YesNoPartly, owner: string): string {
  return yesNo(value, {
    yes: `Yes: ${owner} keeps who talks to whom, when and from where.`,
    no: 'No.',
    partly: `Partly: ${owner} keeps some of it.`,
  });
}
