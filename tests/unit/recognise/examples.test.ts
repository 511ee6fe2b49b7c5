/**
 * Every platform's example links (data/platforms/*.json) in every shape they take: each invite
 * is recognised with its platform and kind, plain and in every syntax variant and redirect wrapper;
 * each non-invite is not; each lookalike of an invite is flagged as imitating the platform.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/assess/assess';
import { recognise } from '../../../src/recognise/recognise';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { loadCatalogue, realIndex } from '../support/catalogue';
import { lookalikeVariants, syntaxVariants, WRAPPERS } from './url-variants';

const index = realIndex();
const platforms = loadCatalogue().platforms;
const check = (url: string) => recognise(index, url, NO_SETTINGS);
export const shapeCount = new Map<string, number>();
const count = (id: string, n = 1) => shapeCount.set(id, (shapeCount.get(id) ?? 0) + n);

describe.each(platforms.map((p) => [p.id, p] as const))('%s', (id, p) => {
  const invites = p.recognise.examples.invite;
  const webInvites = invites.filter((e) => /^https?:/i.test(e.url));

  it.each(invites.map((e) => [e.url, e.kind]))('recognises %s as %s', (url, kind) => {
    count(id);
    expect(check(url)).toMatchObject({ platform: id, kind, lookalikeOf: null });
  });

  it.each((p.recognise.examples.selfHosted ?? []).map((e) => [e.url, e.kind]))(
    'recognises %s on a server nobody vouched for as %s, at caution',
    (url, kind) => {
      count(id);
      const match = check(url);
      expect(match).toMatchObject({ platform: id, kind, lookalikeOf: null, server: { official: false, trusted: false, operator: null } });
      expect(assess(index, match).level).toBe('caution');
    },
  );

  it.each(p.recognise.examples.notInvite)('does not take %s for an invite', (url) => {
    count(id);
    expect(check(url)).toMatchObject({ platform: null, lookalikeOf: null });
  });

  if (webInvites.length === 0) return;

  it.each(webInvites.flatMap((e) => Object.entries(syntaxVariants(e.url)).map(([v, url]) => [v, url, e.kind])))(
    'recognises the %s variant %s',
    (_variant, url, kind) => {
      count(id);
      expect(check(url)).toMatchObject({ platform: id, kind });
    },
  );

  it.each(webInvites.flatMap((e) => Object.entries(WRAPPERS).map(([w, wrap]) => [w, wrap(e.url), e.url, e.kind])))(
    'unwraps %s around %s',
    (_wrapper, url, target, kind) => {
      count(id);
      const match = check(url);
      expect(match).toMatchObject({ platform: id, kind });
      expect(new URL(match.target).href).toBe(new URL(target).href);
    },
  );

  it('unwraps three nested wrappers', () => {
    count(id);
    const e = webInvites[0]!;
    const nested = WRAPPERS.safelinks!(WRAPPERS['proofpoint-v2']!(WRAPPERS.google!(e.url)));
    const match = check(nested);
    expect(match).toMatchObject({ platform: id, kind: e.kind });
    expect(match.unwrappedBy).toEqual(['outlook-safelinks', 'proofpoint-v2', 'google-redirect']);
  });

  it('recognises the link with white space around it, ASCII or Unicode (copied from a chat or a PDF)', () => {
    count(id);
    const e = webInvites[0]!;
    for (const url of [` ${e.url}\n`, `\u00a0${e.url}`, `${e.url}\u2028`, `\ufeff${e.url}\u3000`])
      expect(check(url)).toMatchObject({ platform: id, kind: e.kind });
  });

  it.each(webInvites.flatMap((e) => Object.entries(lookalikeVariants(e.url))))('flags the lookalike "%s": %s', (_v, url) => {
    count(id);
    expect(check(url)).toMatchObject({ platform: null, lookalikeOf: id });
  });
});
