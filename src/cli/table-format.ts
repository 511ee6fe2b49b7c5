/**
 * `--format table`: one row per link for people reading a terminal — the level, what the link
 * is (the platform, or what it imitates), and the link — then its reasons, indented. Columns
 * have fixed widths so rows can be printed as links arrive on standard input.
 */
import type { CheckLine } from './check-lines';

const LEVEL_WIDTH = 8;
const WHAT_WIDTH = 28;

export const TABLE_HEADER = `${'LEVEL'.padEnd(LEVEL_WIDTH)}${'WHAT'.padEnd(WHAT_WIDTH)}LINK\n`;

/** A platform's name from its id ("google-meet" → "Google Meet"). */
export type NameOf = (platformId: string) => string;

/** What the link is, in a few words: "imitates Zoom", "Zoom meeting", "not a link". */
function what(line: CheckLine, nameOf: NameOf): string {
  if (line.error) return line.error;
  if (line.lookalikeOf) return `imitates ${nameOf(line.lookalikeOf)}`;
  if (line.platform) return line.kind ? `${nameOf(line.platform)} ${line.kind}` : nameOf(line.platform);
  return '-';
}

export function tableRow(line: CheckLine, nameOf: NameOf): string {
  const name = what(line, nameOf);
  const cell = name.length < WHAT_WIDTH ? name.padEnd(WHAT_WIDTH) : `${name} `;
  const reasons = line.reasons.map((r) => `${' '.repeat(LEVEL_WIDTH)}- ${r}\n`).join('');
  return `${line.level.padEnd(LEVEL_WIDTH)}${cell}${line.url}\n${reasons}`;
}
