import { describe, expect, it } from 'vitest';
import { recognise } from '../../../src/recognise/recognise';
import { MAX_UNWRAP_DEPTH } from '../../../src/recognise/unwrap-redirects';
import { NO_SETTINGS } from '../../../src/recognise/types';
import { loadCatalogue, realIndex } from '../support/catalogue';
import { WRAPPERS } from './url-variants';

const index = realIndex();
const check = (url: string) => recognise(index, url, NO_SETTINGS);
const ZOOM = 'https://zoom.us/j/1234567890?pwd=abc';

describe('redirect wrappers', () => {
  it.each(loadCatalogue().wrappers.map((w) => [w.id, w.example.url, w.example.target]))('%s: its example unwraps to its target', (id, url, target) => {
    const match = check(url);
    expect(match.unwrappedBy).toEqual([id]);
    expect(match.target).toBe(new URL(target).href);
  });

  it('unwraps a Proofpoint v3 link whose removed characters are carried in the tail', () => {
    // "*" stands for one removed character, "**A" for a run of two; both come base64url-encoded after "__;".
    const removed = Buffer.from('?=&').toString('base64url');
    const url = `https://urldefense.com/v3/__https://zoom.us/j/1234567890*pwd**Aabc__;${removed}!!XyZ!abc$`;
    expect(check(url)).toMatchObject({ platform: 'zoom', target: 'https://zoom.us/j/1234567890?pwd=&abc' });
  });

  it('keeps Safe Links double encoding straight (Teams ids stay escaped once)', () => {
    const teams = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
    const match = check(WRAPPERS.safelinks!(teams));
    expect(match.target).toBe(teams);
  });

  it(`stops after ${MAX_UNWRAP_DEPTH} layers of 20 nested wrappers, without error`, () => {
    let url = ZOOM;
    for (let i = 0; i < 20; i++) url = WRAPPERS.google!(url);
    const match = check(url);
    expect(match.unwrappedBy).toHaveLength(MAX_UNWRAP_DEPTH);
    expect(match.platform).toBeNull();
  });

  it('unwraps 12 nested wrappers completely', () => {
    let url = ZOOM;
    for (let i = 0; i < MAX_UNWRAP_DEPTH; i++) url = (i % 2 ? WRAPPERS.safelinks! : WRAPPERS.google!)(url);
    expect(check(url)).toMatchObject({ platform: 'zoom', kind: 'meeting' });
  });

  it.each([
    ['a malformed escape', 'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fzoom.us%2Fj%2F1%E0%A4%A&data=1'],
    ['a Proofpoint v2 bad escape', 'https://urldefense.proofpoint.com/v2/url?u=https-3A__zoom.us_j_1-ZZ-&d=x'],
    ['a Proofpoint v3 tail that is not base64', 'https://urldefense.com/v3/__https://zoom.us/j/1*__;@@@!!x$'],
    ['a Proofpoint v3 tail too short for its tokens', 'https://urldefense.com/v3/__https://zoom.us/j/1***A*__;Pw!!x$'],
    ['an empty target', 'https://www.google.com/url?q=&sa=D'],
    ['a target that is not a URL', 'https://www.google.com/url?q=not%20a%20url'],
    ['a wrapper pointing at itself', 'https://www.google.com/url?q=https://www.google.com/url?q=https://www.google.com/url'],
  ])('survives %s', (_what, url) => {
    const match = check(url);
    expect(match.platform === null || match.platform === 'zoom').toBe(true);
    expect(match.unwrappedBy.length).toBeLessThanOrEqual(MAX_UNWRAP_DEPTH);
  });

  it('does not unwrap a fake wrapper host', () => {
    const url = `https://eur01.safelinks.protection.outlook.com.evil.example/?url=${encodeURIComponent(ZOOM)}`;
    const match = check(url);
    expect(match.unwrappedBy).toEqual([]);
    expect(match.platform).toBeNull();
  });

  it('judges a wrapped lookalike by its real target', () => {
    const match = check(WRAPPERS.safelinks!('https://zoom-us.example/j/1234567890'));
    expect(match).toMatchObject({ lookalikeOf: 'zoom', target: 'https://zoom-us.example/j/1234567890' });
  });

  it('reads a wrapped app link', () => {
    const match = check(WRAPPERS.google!('sgnl://linkdevice?uuid=abc&pub_key=def'));
    expect(match).toMatchObject({ platform: 'signal', kind: 'device-link' });
  });
});
