/**
 * One CLI result line (ARCHITECTURE.md contract 1), from a line of text: a link pasted without a
 * scheme is judged as https://, and text that is not a link says so.
 */
import { assess } from '../assess/assess';
import type { Assessment } from '../assess/types';
import type { CatalogueIndex } from '../recognise/catalogue-index';
import type { Level } from '../catalogue/kinds';
import { withoutIsolates } from '../i18n/t';
import { pastedLink } from '../recognise/pasted-link';
import { recognise } from '../recognise/recognise';
import type { Match, RecogniseSettings } from '../recognise/types';

export interface CheckLine {
  url: string;
  target: string;
  platform: string | null;
  kind: string | null;
  level: Level;
  lookalikeOf: string | null;
  reasons: string[];
  alternatives: string[];
  /** Only on a line whose text is not a link at all. */
  error?: 'not a link';
}

/**
 * Assessments of a platform's own links depend only on the platform, the link's kind and its
 * server (src/assess reads nothing else of such a match), and cost far more than recognising:
 * one per distinct combination is enough for a run, kept with the line's fields they make. So is
 * the one answer for every link that is no invite (most lines). Lookalikes' and trackers' reasons
 * name the link's own host, so they are always assessed anew.
 */
const NONE = Object.freeze([]) as unknown as string[];

type Verdict = Pick<CheckLine, 'level' | 'reasons' | 'alternatives'>;
type AssessmentCache = Map<string, Verdict>;

const verdictOf = (assessment: Assessment): Verdict => ({
  level: assessment.level,
  reasons: assessment.reasons.map(withoutIsolates),
  alternatives: assessment.alternatives.map((a) => a.id),
});

/** The key of a match's assessment in the cache, or null when it must be assessed anew. */
function cacheKey(match: Match): string | null {
  if (match.lookalikeOf || match.tracker) return null;
  if (!match.platform || !match.kind) return '';
  return `${match.platform}\n${match.kind}\n${match.server ? JSON.stringify(match.server) : ''}`;
}

function assessed(index: CatalogueIndex, match: Match, cache: AssessmentCache | undefined): Verdict {
  const key = cache ? cacheKey(match) : null;
  if (key === null) return verdictOf(assess(index, match));
  let verdict = cache!.get(key);
  if (!verdict) cache!.set(key, (verdict = verdictOf(assess(index, match))));
  return verdict;
}

/** A line checker for a whole run (the CLI): checkLine with assessments remembered. */
export function createLineChecker(index: CatalogueIndex, settings: RecogniseSettings): (text: string) => CheckLine {
  const cache: AssessmentCache = new Map();
  return (text) => checkLine(index, text, settings, cache);
}

export function checkLine(index: CatalogueIndex, text: string, settings: RecogniseSettings, cache?: AssessmentCache): CheckLine {
  const pasted = pastedLink(text, index.schemes);
  if (pasted.kind === 'not-a-link') {
    const given = text.trim();
    return { url: given, target: given, platform: null, kind: null, level: 'none', lookalikeOf: null, reasons: [], alternatives: [], error: 'not a link' };
  }
  const match = recognise(index, pasted.url, settings);
  const verdict = assessed(index, match, cache);
  return {
    // As given: "zoom.us/j/1" stays so here, and `target` shows the https:// link judged.
    url: pasted.url === text ? text : text.trim(),
    target: match.target,
    platform: match.platform,
    kind: match.kind,
    level: verdict.level,
    lookalikeOf: match.lookalikeOf,
    // Copies: a line's arrays are its own, whatever its reader does with them. Most lines have
    // none: they share one empty array that nobody can add to (two arrays a line were a tenth
    // of a run's garbage collection).
    reasons: verdict.reasons.length ? verdict.reasons.slice() : NONE,
    alternatives: verdict.alternatives.length ? verdict.alternatives.slice() : NONE,
  };
}
