/** Names of the catalogue's facts as the card shows them ("encryption.group" → "Group encryption"). */
const LABELS: Record<string, string> = {
  'owner.name': 'Owner',
  'owner.notes': 'About the owner',
  'owner.type': 'Kind of owner',
  jurisdiction: 'Under the law of',
  'encryption.oneToOne': 'One-to-one encryption',
  'encryption.group': 'Group encryption',
  'encryption.notes': 'Encryption',
  openSource: 'Open source',
  licence: 'Licence',
  hosting: 'Hosting',
  selfHostable: 'Run your own server',
  account: 'Account',
  'account.identifiers': 'What an account uses',
  'account.notes': 'About accounts',
  limits: 'Participants',
  access: 'How to join',
  cost: 'Cost',
  features: 'Features',
  status: 'Status',
  notes: 'Good to know',
};

export function factLabel(key: string): string {
  return LABELS[key] ?? key;
}
