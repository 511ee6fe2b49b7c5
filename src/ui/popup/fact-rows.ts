/**
 * A platform's facts as labelled rows in sections, each row knowing which catalogue facts it
 * shows, so a fact listed in the catalogue's `unverified` is marked "not verified" wherever
 * it appears.
 */
import { countryName } from '../../i18n/country-name';
import { isolate, t } from '../../i18n/t';
import type { Platform } from '../../catalogue/schema';
import { encryptionSentence } from '../../assess/encryption-words';
import { accountWords, metadataWords, ownerTypeWords, yesNo } from './fact-words';

export interface FactRow {
  label: string;
  value: string;
  /** Catalogue fact keys shown in this row ("encryption.group", "account.identifiers", …). */
  keys: readonly string[];
  unverified: boolean;
  /** The value is the catalogue's own text, in English (shown with lang="en"). */
  english: boolean;
}

export type FactSectionId = 'encryption' | 'owner' | 'code' | 'joining' | 'notes';

export interface FactSection {
  id: FactSectionId;
  title: string;
  rows: FactRow[];
}

/** "account" in `unverified` covers "account.notes"; "account.notes" covers only itself. */
export function isUnverified(p: Platform, keys: readonly string[]): boolean {
  return keys.some((key) => p.unverified.some((u) => key === u || key.startsWith(`${u}.`)));
}

/** [label, value, fact keys, the value is catalogue English text] */
type RowSpec = [label: string, value: string | undefined, keys: string[], english?: boolean];

function rows(p: Platform, specs: RowSpec[]): FactRow[] {
  return specs
    .filter((spec): spec is [string, string, string[], boolean | undefined] => spec[1] !== undefined && spec[1] !== '')
    .map(([label, value, keys, english]) => ({ label, value, keys, unverified: isUnverified(p, keys), english: english === true }));
}

/**
 * `serverRunBySomeoneElse`: the link is on a server the platform's owner does not run (a community
 * Jitsi server): the owner section is then about who makes the software, not who runs the meeting.
 */
export function factSections(p: Platform, serverRunBySomeoneElse = false): FactSection[] {
  const sections: FactSection[] = [
    {
      id: 'encryption',
      title: t('factSectionEncryption'),
      rows: rows(p, [
        [t('factRowOneToOne'), encryptionSentence(p.encryption.oneToOne, p), ['encryption.oneToOne']],
        [t('factRowGroups'), encryptionSentence(p.encryption.group, p), ['encryption.group']],
        [t('factRowInDetail'), p.encryption.notes, ['encryption.notes'], true],
      ]),
    },
    {
      id: 'owner',
      title: t(serverRunBySomeoneElse ? 'factSectionMaker' : 'factSectionOwner'),
      rows: rows(p, [
        [t('factLabelOwner'), t('factOwnerValue', [isolate(p.owner.name), ownerTypeWords(p.owner.type)]), ['owner.name', 'owner.type']],
        [t('factLabelJurisdiction'), countryName(p.jurisdiction), ['jurisdiction']],
        [t('factRowJurisdictionNotes'), p.jurisdictionNotes, ['jurisdictionNotes'], true],
        [t('factRowMetadata'), metadataWords(p.owner.collectsMetadata, isolate(p.owner.name)), ['owner.collectsMetadata']],
        [t('factLabelOwnerNotes'), p.owner.notes, ['owner.notes'], true],
      ]),
    },
    {
      id: 'code',
      title: t('factSectionCode'),
      rows: rows(p, [
        [
          t('factLabelOpenSource'),
          yesNo(p.openSource, { yes: t('factOpenSourceYes'), no: t('factOpenSourceNo'), partly: t('factOpenSourcePartly') }),
          ['openSource'],
        ],
        [t('factLabelLicence'), p.licence, ['licence'], true],
        [t('factLabelHosting'), p.hosting, ['hosting'], true],
        [t('factLabelSelfHostable'), yesNo(p.selfHostable, { yes: t('factSelfHostableYes'), no: t('factSelfHostableNo') }), ['selfHostable']],
      ]),
    },
    {
      id: 'joining',
      title: t('factSectionJoining'),
      rows: rows(p, [
        [t('factLabelAccount'), accountWords(p.account), ['account.required', 'account.identifiers']],
        [t('factLabelAccountNotes'), p.account.notes, ['account.notes'], true],
        [t('factLabelLimits'), p.limits, ['limits'], true],
        [t('factLabelAccess'), p.access, ['access'], true],
        [t('factLabelCost'), p.cost, ['cost'], true],
        [t('factLabelFeatures'), p.features.join(', '), ['features'], true],
      ]),
    },
  ];
  if (p.notes) sections.push({ id: 'notes', title: t('factSectionNotes'), rows: rows(p, [[t('factRowNote'), p.notes, ['notes'], true]]) });
  return sections.filter((s) => s.rows.length > 0);
}

/** Drops rows whose text the card already shows as a reason (verified ones only: a mark must stay visible). */
export function withoutRepeats(sections: FactSection[], shown: readonly string[]): FactSection[] {
  return sections
    .map((section) => ({ ...section, rows: section.rows.filter((row) => row.unverified || !shown.includes(row.value)) }))
    .filter((section) => section.rows.length > 0);
}
