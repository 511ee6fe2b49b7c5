/**
 * The recogniser's cheap first look (suspicious-prefilter.ts) may only ever skip hosts the
 * pre-filter expression would let pass: otherwise an imitation would be called an ordinary link.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePrefilter, literalPrefix, mayBeSuspicious } from '../../../src/recognise/suspicious-prefilter';
import { loadPopularDomains, loadTyposquats } from '../../bench/imitation-corpora';
import { realIndex } from '../support/catalogue';

const { prefilter, fastSuspicious } = realIndex().lookalike;

describe('the cheap first look before the pre-filter expression', () => {
  it('says "maybe" for every host the expression matches: typosquats, real domains, arbitrary host text', () => {
    const hosts = [...loadTyposquats().map((t) => new URL(t.url).hostname), ...loadPopularDomains()];
    const missed = hosts.filter((h) => fastSuspicious.test(h) && !mayBeSuspicious(prefilter, h));
    expect(missed).toEqual([]);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9.|-]{0,30}$/), fc.domain(), (text, domain) => {
        for (const h of [text, domain]) if (fastSuspicious.test(h)) expect(mayBeSuspicious(prefilter, h)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('lets most ordinary hosts skip the expression', () => {
    const hosts = ['news.guardian.co.uk', 'www.example.org', 'eff.org', 'static.nytimes.com', 'events.amnesty.org'];
    expect(hosts.filter((h) => mayBeSuspicious(prefilter, h))).toEqual([]);
  });

  it('finds strings anywhere, single characters, and host patterns by their literal start', () => {
    const filter = compilePrefilter(['whatsapp', 'meet.goo'], '0|', ['^us\\d{2}web$']);
    expect(['paymentswhatsapp.com', 'meet.google.example', 'g0ogle.com', 'a|b.com', 'us99web.example'].map((h) => mayBeSuspicious(filter, h))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(mayBeSuspicious(filter, 'example.org')).toBe(false);
    // A string too short to mark, or a pattern without a literal start, makes every host a "maybe".
    expect(mayBeSuspicious(compilePrefilter(['ab'], '', []), 'example.org')).toBe(true);
    expect(mayBeSuspicious(compilePrefilter([], '', ['^\\d+web$']), 'example.org')).toBe(true);
  });

  it('reads the literal start of a label pattern, and nothing when unsure', () => {
    expect(literalPrefix('^us\\d{2}web$')).toBe('us');
    expect(literalPrefix('^abc?d$')).toBe('ab');
    expect(literalPrefix('^(?:a|b)x$')).toBe('');
    expect(literalPrefix('^us|^eu$')).toBe('');
  });
});
