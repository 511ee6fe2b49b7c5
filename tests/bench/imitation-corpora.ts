/**
 * The corpora that measure imitation rules (issue 11): dnstwist's permutations of the catalogue's
 * invite hosts, real domains that must never be called imitations, and hosts and URLs from
 * published reports of attacks. Read from tests/fixtures/, so nothing needs Python or a network.
 */
import { readFileSync } from 'node:fs';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const dataLines = (text: string) => text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));

export interface Typosquat {
  fuzzer: string;
  platform: string;
  host: string;
  url: string;
}

/** dnstwist's fuzzers left out of the overall figure: random bit flips, and the same name under another TLD. */
export const EXCLUDED_FUZZERS: ReadonlySet<string> = new Set(['bitsquatting', 'tld-swap']);

export function loadTyposquats(): Typosquat[] {
  return dataLines(fixture('typosquats.tsv')).map((line) => {
    const [fuzzer, platform, host, url] = line.split('\t') as [string, string, string, string];
    return { fuzzer, platform, host, url };
  });
}

export function loadPopularDomains(): string[] {
  return dataLines(fixture('popular-domains.txt')).map((line) => line.split('\t')[0]!);
}

/** Paths every popular domain is tried with: its root, and paths shaped like invites elsewhere. */
export const POPULAR_PATHS = ['/', '/j/123456789', '/join/abc-defg', '/invite/AbCdEf12', '/meet/jane.doe', '/signin', '/download/setup.exe'];

export interface AttackerEntry {
  /** The imitated platform. */
  platform: string;
  /** The host named in the report. */
  host: string;
  /** Installer and sign-in URLs from the report (or joined from its host and file name: `constructed`). */
  urls: string[];
  constructed: boolean;
  /** The host carries no platform name, typo or host pattern: out of reach of name rules. */
  noBrand: boolean;
  report: { id: string; url: string; retrieved: boolean };
}

interface AttackerFile {
  reports: { id: string; url: string; title: string; retrieved: boolean }[];
  entries: { platform: string; host: string; urls?: string[]; constructed?: boolean; noBrand?: boolean; report: string }[];
}

export function loadAttackers(): AttackerEntry[] {
  const file = JSON.parse(fixture('attacker-domains.json')) as AttackerFile;
  const reports = new Map(file.reports.map((r) => [r.id, r]));
  return file.entries.map((e) => {
    const report = reports.get(e.report);
    if (!report) throw new Error(`attacker-domains.json: no report ${e.report}`);
    return {
      platform: e.platform,
      host: e.host,
      urls: e.urls ?? [],
      constructed: e.constructed === true,
      noBrand: e.noBrand === true,
      report: { id: report.id, url: report.url, retrieved: report.retrieved },
    };
  });
}
