/**
 * The small slice of the catalogue the content script needs to pick candidates, sent with each
 * frame's page config (contract 2): the content script carries no catalogue data of its own.
 */
import type { CandidateData } from '../contracts/page-messages';
import type { CatalogueIndex } from '../recognise/catalogue-index';

/**
 * The literal start of each specific invite path shape ("^\\/j\\/(\\d{9,11})" → "/j/"), where it is
 * at least three characters: shapes that start with a pattern ("/abc-defg-hij") are left to the
 * host pre-filter.
 */
export function invitePathStarts(index: CatalogueIndex): string[] {
  const starts = new Set<string>();
  for (const shapes of index.shapesByPlatform.values())
    for (const shape of shapes) {
      if (shape.evidence !== 'specific') continue;
      const source = shape.path.source.replace(/\\\//g, '/');
      const raw = /^\^((?:[A-Za-z0-9_/-]|\\[+.-])*)/.exec(source)?.[1] ?? '';
      const literal = raw.replace(/\\/g, '');
      // Stop before a character a quantifier applies to ("/ab?c").
      const next = source[1 + raw.length];
      const start = next === '?' || next === '*' || next === '{' || next === '+' ? literal.slice(0, -1) : literal;
      // A start that is the whole path ("/contact" of simplex.chat/contact#…, "/join" of zoom.us/join?confno=)
      // is a page most sites have: it counts with the query or fragment the shape needs after it
      // ("/join?", "/contact#"), or alone when it is long and distinctive ("/devicelogin").
      const wholePath = /^\/?\??\$/.test(source.slice(1 + raw.length));
      if (start.length < 3) continue;
      if (!wholePath || start.length >= 10) starts.add(start);
      else if (shape.query.length > 0) starts.add(`${start}?`);
      else if (shape.hash !== null) starts.add(`${start}#`);
    }
  // Self-hosted platforms' own paths, on any host (/#/room/ of Element Web).
  for (const start of index.anyHostStarts) starts.add(start);
  // A start that begins with another is covered by it ("/wc/" covers "/wc/join/").
  return [...starts].filter((s) => ![...starts].some((t) => t !== s && s.startsWith(t))).sort();
}

const computed = new WeakMap<CatalogueIndex, CandidateData>();

/** The candidate data of `index`, worked out once. */
export function candidateData(index: CatalogueIndex): CandidateData {
  let data = computed.get(index);
  if (!data) computed.set(index, (data = candidateDataOf(index)));
  return data;
}

function candidateDataOf(index: CatalogueIndex): CandidateData {
  const suffixes = new Set<string>();
  for (const [domain, entry] of index.domains) if (entry.suffix || entry.wrapperSuffix || entry.trackerSuffix) suffixes.add(domain);
  return {
    domains: [...index.domains.keys()].sort(),
    suffixes: [...suffixes].sort(),
    schemes: [...index.schemes.keys()].map((s) => `${s}:`).sort(),
    suspicious: index.lookalike.suspicious.source,
    invitePaths: invitePathStarts(index),
  };
}
