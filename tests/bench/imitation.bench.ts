/**
 * How well imitations are recognised (issue 11), side by side: recall per dnstwist fuzzer over the
 * catalogue's invite hosts with invite paths, false alarms over real domains, and the hosts and
 * URLs of published attacks. "Flagged" means the assessment's level is `danger`.
 * Run alone: npx tsx tests/bench/imitation.bench.ts
 */
import { assess } from '../../src/assess/assess';
import { compileIndex, type CatalogueIndex } from '../../src/recognise/catalogue-index';
import { readCatalogueFiles } from '../../src/catalogue/read-files';
import { validateCatalogue, type Catalogue } from '../../src/catalogue/validate';
import { english } from '../../src/i18n/english';
import { setTranslator } from '../../src/i18n/t';
import { recognise } from '../../src/recognise/recognise';
import { NO_SETTINGS } from '../../src/recognise/types';
import { EXCLUDED_FUZZERS, loadAttackers, loadPopularDomains, loadTyposquats, POPULAR_PATHS } from './imitation-corpora';

export interface ImitationFigures {
  perFuzzer: Map<string, { total: number; flagged: number }>;
  overall: { total: number; flagged: number };
  misses: string[];
  popular: { urls: number; domains: number; dangers: string[] };
  attackers: { invite: { total: number; flagged: number }; reported: { total: number; flagged: number }; misses: string[]; noBrand: number };
}

const isDanger = (index: CatalogueIndex, url: string) => assess(index, recognise(index, url, NO_SETTINGS)).level === 'danger';

/** The platform's most telling invite example on the web (most path segments, query, fragment), as a path for an attacker's host. */
function invitePathOf(catalogue: Catalogue, platform: string): string {
  const p = catalogue.platforms.find((x) => x.id === platform);
  const weight = (u: URL) => u.pathname.split('/').filter(Boolean).length + (u.search ? 1 : 0) + (u.hash ? 1 : 0);
  const urls = (p?.recognise.examples.invite ?? []).filter((e) => e.url.startsWith('https://')).map((e) => new URL(e.url));
  const best = urls.reduce<URL | undefined>((a, b) => (a === undefined || weight(b) > weight(a) ? b : a), undefined);
  return best ? `${best.pathname}${best.search}${best.hash}` : '/';
}

export function measureImitations(catalogue: Catalogue, index: CatalogueIndex = compileIndex(catalogue)): ImitationFigures {
  const perFuzzer = new Map<string, { total: number; flagged: number }>();
  const overall = { total: 0, flagged: 0 };
  const misses: string[] = [];
  for (const t of loadTyposquats()) {
    const row = perFuzzer.get(t.fuzzer) ?? { total: 0, flagged: 0 };
    perFuzzer.set(t.fuzzer, row);
    const flagged = isDanger(index, t.url);
    row.total++;
    if (flagged) row.flagged++;
    if (!EXCLUDED_FUZZERS.has(t.fuzzer)) {
      overall.total++;
      if (flagged) overall.flagged++;
      else misses.push(`${t.fuzzer}\t${t.url}`);
    }
  }

  const domains = loadPopularDomains();
  const dangers: string[] = [];
  for (const d of domains) for (const path of POPULAR_PATHS) if (isDanger(index, `https://${d}${path}`)) dangers.push(`https://${d}${path}`);

  const invite = { total: 0, flagged: 0 };
  const reported = { total: 0, flagged: 0 };
  const attackerMisses: string[] = [];
  let noBrand = 0;
  for (const a of loadAttackers()) {
    if (a.noBrand) {
      noBrand++;
      continue;
    }
    const url = `https://${a.host}${invitePathOf(catalogue, a.platform)}`;
    invite.total++;
    if (isDanger(index, url)) invite.flagged++;
    else attackerMisses.push(url);
    for (const u of a.urls) {
      reported.total++;
      if (isDanger(index, u)) reported.flagged++;
      else attackerMisses.push(u);
    }
  }
  return {
    perFuzzer,
    overall,
    misses,
    popular: { urls: domains.length * POPULAR_PATHS.length, domains: domains.length, dangers },
    attackers: { invite, reported, misses: attackerMisses, noBrand },
  };
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

export function runImitationBench(): ImitationFigures {
  setTranslator(english, 'en');
  const { files } = readCatalogueFiles(process.env.BENCH_DATA ?? new URL('../../data', import.meta.url).pathname);
  const result = validateCatalogue(files);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const f = measureImitations(result.catalogue);

  console.log("imitations: dnstwist permutations of the catalogue's invite hosts, each with an invite path of its platform");
  for (const [fuzzer, row] of [...f.perFuzzer].sort(([a], [b]) => a.localeCompare(b))) {
    const excluded = EXCLUDED_FUZZERS.has(fuzzer) ? '  (not in overall)' : '';
    console.log(
      `  ${fuzzer.padEnd(14)} ${String(row.flagged).padStart(5)} / ${String(row.total).padEnd(5)} ${pct(row.flagged, row.total).padStart(8)}${excluded}`,
    );
  }
  const recall = f.overall.flagged / f.overall.total;
  console.log(
    `  overall (without bitsquatting and tld-swap): ${f.overall.flagged} / ${f.overall.total} = ${pct(f.overall.flagged, f.overall.total)}  (goal ≥ 95 %)  ${recall >= 0.95 ? 'MET' : 'NOT MET'}`,
  );
  if (process.env.SHOW_MISSES) for (const m of f.misses) console.log(`    miss ${m}`);

  console.log(`false alarms: ${f.popular.domains} real domains × ${POPULAR_PATHS.length} paths (${POPULAR_PATHS.join(' ')}) = ${f.popular.urls} URLs`);
  console.log(`  danger on ${f.popular.dangers.length}  (goal 0)  ${f.popular.dangers.length === 0 ? 'MET' : 'NOT MET'}`);
  for (const d of f.popular.dangers) console.log(`    ${d}`);

  const a = f.attackers;
  const both = a.invite.flagged + a.reported.flagged;
  const total = a.invite.total + a.reported.total;
  console.log('attacker hosts from published reports (tests/fixtures/attacker-domains.json):');
  console.log(`  with an invite path:        ${a.invite.flagged} / ${a.invite.total} = ${pct(a.invite.flagged, a.invite.total)}`);
  console.log(`  reported installer/sign-in: ${a.reported.flagged} / ${a.reported.total} = ${pct(a.reported.flagged, a.reported.total)}`);
  console.log(
    `  together: ${pct(both, total)}  (goal ≥ 95 %)  ${both / total >= 0.95 ? 'MET' : 'NOT MET'};  ${a.noBrand} host(s) carry no platform name and are not counted`,
  );
  for (const m of a.misses) console.log(`    miss ${m}`);
  return f;
}

if (import.meta.url === `file://${process.argv[1]}`) runImitationBench();
