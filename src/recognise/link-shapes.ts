/** Tests a URL against a platform's compiled link shapes (path, query, fragment; host when asked). */
import type { CompiledShape } from './catalogue-index';

function hostAllowed(shape: CompiledShape, host: string): boolean {
  for (const h of shape.hosts!) if (h === host || (h.startsWith('*.') && host.endsWith(h.slice(1)))) return true;
  return false;
}

function queryMatches(shape: CompiledShape, url: URL): boolean {
  for (const [name, pattern] of shape.query) {
    const value = url.searchParams.get(name);
    if (value === null || !pattern.test(value)) return false;
  }
  return true;
}

/**
 * The first shape the URL has. `host`: the URL is on one of the platform's own hosts, and shapes
 * limited to some hosts count when it is one of them. `null`: a server the catalogue does not
 * own (a community Jitsi server): only shapes valid on any host count. `'ignore-hosts'`: every
 * shape counts, wherever it is (a lookalike copying signal.group's shape on its own host).
 */
export function firstMatchingShape(
  shapes: readonly CompiledShape[],
  url: URL,
  host: string | null, // or 'ignore-hosts'
): CompiledShape | undefined {
  for (const shape of shapes) {
    if (shape.hosts !== null && host !== 'ignore-hosts' && (host === null || !hostAllowed(shape, host))) continue;
    if (!shape.path.test(url.pathname)) continue;
    if (shape.hash !== null && !shape.hash.test(url.hash)) continue;
    if (shape.query.length && !queryMatches(shape, url)) continue;
    return shape;
  }
  return undefined;
}

/** The strongest evidence among the shapes this URL has, wherever it is (a foreign host posing as the platform). */
export function strongestShapeEvidence(shapes: readonly CompiledShape[], url: URL): 'specific' | 'generic' | null {
  let best: 'generic' | null = null;
  for (const shape of shapes) {
    if (shape.evidence === 'none' || (best === 'generic' && shape.evidence === 'generic')) continue;
    if (!shape.path.test(url.pathname)) continue;
    if (shape.hash !== null && !shape.hash.test(url.hash)) continue;
    if (shape.query.length && !queryMatches(shape, url)) continue;
    if (shape.evidence === 'specific') return 'specific';
    best = 'generic';
  }
  return best;
}
