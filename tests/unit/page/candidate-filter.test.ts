/**
 * The content script sends only candidates to the background: every link the recogniser would
 * flag must be a candidate, or its badge would silently never appear.
 */
import { describe, expect, it } from 'vitest';
import { candidateData } from '../../../src/background/candidate-data';
import { createCandidateFilter } from '../../../src/page/candidate-filter';
import { recognise } from '../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { buildCorpus } from '../../bench/url-corpus';
import { EXCLUDED_FUZZERS, loadTyposquats } from '../../bench/imitation-corpora';
import { loadCatalogue, realIndex } from '../support/catalogue';
import { lookalikeVariants, WRAPPERS } from '../recognise/url-variants';

const filter = createCandidateFilter(candidateData(realIndex()), []);
const isCandidate = (url: string) => {
  const u = new URL(url);
  return filter.isCandidate(u.protocol, u.hostname, u.username);
};
const examples = loadCatalogue().platforms.flatMap((p) => p.recognise.examples.invite.map((e) => e.url));

describe("the content script's candidate filter", () => {
  it('lets every invite example through, app links included', () => {
    expect(examples.filter((u) => !isCandidate(u))).toEqual([]);
  });

  it("lets a self-hosted platform's own path through on any host (BigBlueButton's API join, Element Web rooms)", () => {
    const selfHosted = loadCatalogue().platforms.flatMap((p) => (p.recognise.examples.selfHosted ?? []).map((e) => e.url));
    expect(selfHosted.length).toBeGreaterThanOrEqual(3);
    expect(selfHosted.filter((u) => !isCandidate(u) && !filter.hasInvitePath(u))).toEqual([]);
  });

  it('lets every wrapped invite and every host-based lookalike through', () => {
    const web = examples.filter((u) => u.startsWith('http'));
    const variants = web.flatMap((u) => [...Object.values(WRAPPERS).map((w) => w(u)), ...Object.values(lookalikeVariants(u))]);
    expect(variants.filter((u) => !isCandidate(u))).toEqual([]);
  });

  it('lets through every link of a large mixed corpus that the recogniser flags, except one-edit spellings', () => {
    const index = realIndex();
    const missed = buildCorpus(loadCatalogue(), 20_000, 7).filter((u) => {
      const m = recognise(index, u, NO_SETTINGS);
      return (m.platform || m.lookalikeOf) && m.lookalike !== 'look-alike-spelling' && !isCandidate(u);
    });
    expect(missed).toEqual([]);
  });

  it("lets a misspelled host through when the link has an invite's path, which only the background can judge", () => {
    for (const url of [
      'https://zomo.com/j/81234567890',
      'https://zo-om.com/j/1234567890',
      'HTTPS://ZOMO.COM/j/1',
      '//zomo.com/j/1',
      'https://join.skaype.com/invite/AbCdEf',
      'https://discorcl.com/invite/AbCd2345',
    ])
      expect(filter.hasInvitePath(url), url).toBe(true);
    for (const url of ['https://zomo.com/', 'https://zomo.com/about', 'https://example.org/?next=/j/1', 'https://example.org/#/j/1', '/j/1'])
      expect(filter.hasInvitePath(url), url).toBe(false);
  });

  it('sends the background most imitations dnstwist makes, by host or by path (the rest have generic paths such as /123456789)', () => {
    const index = realIndex();
    const flagged = loadTyposquats().filter((t) => !EXCLUDED_FUZZERS.has(t.fuzzer) && recognise(index, t.url, NO_SETTINGS).lookalikeOf);
    const seen = flagged.filter((t) => isCandidate(t.url) || filter.hasInvitePath(t.url));
    expect(flagged.length).toBeGreaterThan(10_000);
    expect(seen.length / flagged.length).toBeGreaterThanOrEqual(0.88);
  });

  it('keeps ordinary links out', () => {
    const ordinary = [
      'https://www.theguardian.com/world',
      'https://github.com/jitsi/jitsi-meet',
      'https://en.wikipedia.org/wiki/Zoom',
      'https://www.meetup.com/',
    ];
    expect(ordinary.filter(isCandidate)).toEqual([]);
  });

  it('lets a server the person trusts through', () => {
    const trusting = createCandidateFilter(candidateData(realIndex()), ['jitsi.our-union.example']);
    expect(trusting.isCandidate('https:', 'jitsi.our-union.example', '')).toBe(true);
  });
});
