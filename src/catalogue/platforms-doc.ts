/**
 * docs/platforms.md, generated from the catalogue for trainers and reviewers: per platform, its
 * encryption, who runs it and where, what the Front Line Defenders guide said, what changed and
 * when, and the sources. Written by scripts/write-platforms-doc.ts; a unit test fails while the
 * file is out of date. English only, like the catalogue's own notes.
 */
import type { Catalogue } from './validate';
import type { Platform } from './schema';

const STANCE: Record<Platform['guide']['stance'], string> = {
  listed: 'listed it',
  declined: 'declined it by name',
  'not-covered': 'did not cover it',
};

/** Keeps a table cell on one line and its pipes literal. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function platformSection(p: Platform): string {
  const sourceById = new Map(p.sources.map((s) => [s.id, s]));
  const cite = (ids: string[]) => ids.map((id) => `[${id}](${sourceById.get(id)?.url ?? '#'})`).join(', ');
  const said = Object.entries(p.guide.said)
    .map(([fact, value]) => `\`${fact}\`: ${String(value)}`)
    .join('; ');
  const lines = [
    `## ${p.name} (\`${p.id}\`)`,
    '',
    `- **Status:** ${p.status}${p.discontinued ? ` since ${p.discontinued.since}${p.discontinued.replacedBy ? `, replaced by \`${p.discontinued.replacedBy}\`` : ''}` : ''}`,
    `- **Encryption:** one-to-one \`${p.encryption.oneToOne}\`, group \`${p.encryption.group}\`. ${p.encryption.notes}`,
    `- **Who runs it and where:** ${p.owner.name} (${p.owner.type}), law of ${p.jurisdiction}. Hosting: ${p.hosting}. Self-hostable: ${String(p.selfHostable)}.`,
    `- **Open source:** ${String(p.openSource)}; licence: ${p.licence}`,
    `- **Account:** ${String(p.account.required)} (${p.account.identifiers.join(', ')})`,
    `- **What the guide (2020) said:** ${STANCE[p.guide.stance]}${p.guide.reason ? ` (“${p.guide.reason}”)` : ''}${said ? `. ${said}` : ''}`,
    `- **Not verified:** ${p.unverified.length ? p.unverified.map((u) => `\`${u}\``).join(', ') : 'nothing listed'}`,
    '',
  ];
  if (p.changes.length) {
    lines.push('| what changed | was | is now | since | sources |', '| --- | --- | --- | --- | --- |');
    for (const c of p.changes) lines.push(`| \`${c.fact}\` | ${cell(c.old)} | ${cell(c.new)} | ${c.since ?? '—'} | ${cite(c.sources)} |`);
    lines.push('');
  } else lines.push('No change from the guide recorded.', '');
  lines.push('Sources:', '');
  for (const s of p.sources) lines.push(`- \`${s.id}\`: [${s.title ?? s.url}](${s.url}), checked ${s.checked}. ${s.supports}`);
  lines.push('');
  return lines.join('\n');
}

export function renderPlatformsDoc(catalogue: Pick<Catalogue, 'platforms'>): string {
  const platforms = [...catalogue.platforms].sort((a, b) => a.id.localeCompare(b.id));
  const summary = [
    '| platform | one-to-one | group | run by | law | status | guide |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...platforms.map(
      (p) =>
        `| [${p.name}](#${p.id}) | \`${p.encryption.oneToOne}\` | \`${p.encryption.group}\` | ${cell(p.owner.name)} | ${p.jurisdiction} | ${p.status} | ${p.guide.stance} |`,
    ),
  ];
  return [
    '# Platforms in the catalogue',
    '',
    '<!-- Generated from data/platforms/*.json by `npx tsx scripts/write-platforms-doc.ts`; do not edit by hand. -->',
    '',
    `For trainers and reviewers: the ${platforms.length} platforms Invite Guard knows, their encryption, who runs`,
    'them and under which law, what the Front Line Defenders guide (2020) said, what changed since and',
    'when, with the sources. Encryption classes: `e2ee` (end to end by default), `optional-e2ee` (the',
    "host or a participant can switch it on), `admin-e2ee` (only where an organisation's admin enables",
    'it), `to-server`, `none`. Facts listed under "Not verified" could not be checked against a source.',
    '',
    ...summary,
    '',
    ...platforms.map((p) => `<a id="${p.id}"></a>\n\n${platformSection(p)}`),
  ].join('\n');
}
