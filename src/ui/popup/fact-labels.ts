/** Names of the catalogue's facts as the card shows them ("encryption.group" → "Group encryption"). */
import { t } from '../../i18n/t';

const LABELS: Record<string, string> = {
  'owner.name': 'factLabelOwner',
  'owner.notes': 'factLabelOwnerNotes',
  'owner.type': 'factLabelOwnerType',
  jurisdiction: 'factLabelJurisdiction',
  'encryption.oneToOne': 'factLabelOneToOneEncryption',
  'encryption.group': 'factLabelGroupEncryption',
  'encryption.notes': 'factLabelEncryption',
  encryption: 'factLabelEncryption',
  'encryption protocol': 'factLabelEncryptionProtocol',
  openSource: 'factLabelOpenSource',
  licence: 'factLabelLicence',
  hosting: 'factLabelHosting',
  selfHostable: 'factLabelSelfHostable',
  account: 'factLabelAccount',
  'account.identifiers': 'factLabelAccountIdentifiers',
  'account.notes': 'factLabelAccountNotes',
  limits: 'factLabelLimits',
  access: 'factLabelAccess',
  cost: 'factLabelCost',
  features: 'factLabelFeatures',
  status: 'factLabelStatus',
  notes: 'factLabelNotes',
};

/** A fact the card has no name for is shown by its catalogue key. */
export function factLabel(key: string): string {
  const label = LABELS[key];
  return label ? t(label) : key;
}
