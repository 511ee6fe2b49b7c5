/**
 * A platform's facts as labelled rows in sections, each row knowing which catalogue facts it
 * shows, so a fact listed in the catalogue's `unverified` is marked "not verified" wherever
 * it appears.
 */
import { countryName } from '../i18n/country-name';
import type { Platform } from '../catalogue/schema';
import { encryptionWords } from './encryption-words';
import { accountWords, metadataWords, ownerTypeWords, yesNo } from './fact-words';

export interface FactRow {
  label: string;
  value: string;
  /** Catalogue fact keys shown in this row ("encryption.group", "account.identifiers", …). */
  keys: readonly string[];
  unverified: boolean;
}

export interface FactSection {
  title: string;
  rows: FactRow[];
}

/** "account" in `unverified` covers "account.notes"; "account.notes" covers only itself. */
export function isUnverified(p: Platform, keys: readonly string[]): boolean {
  return keys.some((key) => p.unverified.some((u) => key === u || key.startsWith(`${u}.`)));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type RowSpec = [label: string, value: string | undefined, keys: string[]];

function rows(p: Platform, specs: RowSpec[]): FactRow[] {
  return specs
    .filter((spec): spec is [string, string, string[]] => spec[1] !== undefined && spec[1] !== '')
    .map(([label, value, keys]) => ({ label, value, keys, unverified: isUnverified(p, keys) }));
}

export function factSections(p: Platform): FactSection[] {
  const whoRuns = p.selfHostable === true ? 'whoever runs the server' : p.owner.name;
  const sections: FactSection[] = [
    {
      title: 'Encryption',
      rows: rows(p, [
        ['One-to-one', encryptionWords(p.encryption.oneToOne, whoRuns), ['encryption.oneToOne']],
        ['Groups', encryptionWords(p.encryption.group, whoRuns), ['encryption.group']],
        ['In detail', p.encryption.notes, ['encryption.notes']],
      ]),
    },
    {
      title: 'Who runs it',
      rows: rows(p, [
        ['Owner', `${p.owner.name} (${ownerTypeWords(p.owner.type)})`, ['owner.name', 'owner.type']],
        ['Under the law of', capitalise(countryName(p.jurisdiction)) + (p.jurisdictionNotes ? `. ${p.jurisdictionNotes}` : ''), ['jurisdiction']],
        ['Collects who talks to whom', metadataWords(p.owner.collectsMetadata, p.owner.name), ['owner.collectsMetadata']],
        ['About the owner', p.owner.notes, ['owner.notes']],
      ]),
    },
    {
      title: 'Code and servers',
      rows: rows(p, [
        ['Open source', yesNo(p.openSource, { yes: 'Yes: anyone can check the code', no: 'No: nobody outside can check the code', partly: 'Partly: see the licence' }), ['openSource']],
        ['Licence', p.licence, ['licence']],
        ['Hosting', p.hosting, ['hosting']],
        ['Run your own server', yesNo(p.selfHostable, { yes: 'Possible: a group can run its own', no: 'Not possible', partly: 'Partly' }), ['selfHostable']],
      ]),
    },
    {
      title: 'Joining',
      rows: rows(p, [
        ['Account', accountWords(p.account), ['account.required', 'account.identifiers']],
        ['About accounts', p.account.notes, ['account.notes']],
        ['Participants', p.limits, ['limits']],
        ['How to join', p.access, ['access']],
        ['Cost', p.cost, ['cost']],
        ['Features', p.features.join(', '), ['features']],
      ]),
    },
  ];
  if (p.notes) sections.push({ title: 'Good to know', rows: rows(p, [['Note', p.notes, ['notes']]]) });
  return sections.filter((s) => s.rows.length > 0);
}

/** Drops rows whose text the card already shows as a reason (verified ones only: a mark must stay visible). */
export function withoutRepeats(sections: FactSection[], shown: readonly string[]): FactSection[] {
  return sections
    .map((section) => ({ ...section, rows: section.rows.filter((row) => row.unverified || !shown.includes(row.value)) }))
    .filter((section) => section.rows.length > 0);
}
