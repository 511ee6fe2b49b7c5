import { describe, expect, it } from 'vitest';
import { candidateData } from '../../../src/background/candidate-data';
import { realIndex } from '../support/catalogue';
import { createLinkFilters, linkToJudge, MAX_HREF_LENGTH, textToJudge } from '../../../src/page/link-to-judge';

const filters = createLinkFilters(candidateData(realIndex()), ['jitsi.our-union.example'], 'web3.example');

describe('which links go to the background', () => {
  it('sends links to platforms, wrappers and trusted servers, and keeps ordinary ones', () => {
    expect(filters.webHost('zoom.us')).toBe(true);
    expect(filters.webHost('us02web.zoom.us')).toBe(true);
    expect(filters.webHost('nam12.safelinks.protection.outlook.com')).toBe(true);
    expect(filters.webHost('jitsi.our-union.example')).toBe(true);
    expect(filters.webHost('www.theguardian.com')).toBe(false);
  });

  it("sends lookalike hosts, but not the page's own host for looking like one", () => {
    expect(filters.webHost('zoom-meeting.example')).toBe(true);
    expect(filters.webHost('web3.example')).toBe(false); // "3" trips the lookalike pre-filter elsewhere
    expect(createLinkFilters(candidateData(realIndex()), [], 'zoom.us').webHost('zoom.us')).toBe(true); // a platform's own pages
  });

  it('judges app schemes and user info by the full filter', () => {
    expect(filters.destination({ protocol: 'sgnl:', host: 'linkdevice', username: '' })).toBe(true);
    expect(filters.destination({ protocol: 'mailto:', host: '', username: '' })).toBe(false);
    expect(filters.destination({ protocol: 'https:', host: 'evil.example', username: 'zoom.us' })).toBe(true);
  });

  it('sends an ordinary link whose text shows a meeting address (the mismatch rule), with that text', () => {
    expect(textToJudge(filters, false, ' https://zoom.us/j/123 ')).toBe('https://zoom.us/j/123');
    expect(textToJudge(filters, false, 'meet.google.com/abc-defg-hij')).toBe('meet.google.com/abc-defg-hij');
    expect(textToJudge(filters, false, 'zооm.us/j/1')).toBe('zооm.us/j/1'); // Cyrillic o: left to the background
  });

  it('keeps an ordinary link with ordinary text, and sends a candidate with "" when its text is no address', () => {
    expect(textToJudge(filters, false, 'www.example.org/story')).toBeNull();
    expect(textToJudge(filters, false, 'Join the call')).toBeNull();
    expect(textToJudge(filters, true, 'Join the call')).toBe('');
  });

  it('leaves out hrefs longer than the background accepts', () => {
    expect(linkToJudge('https://zoom.us/j/1', '')).toEqual({ href: 'https://zoom.us/j/1', text: '' });
    expect(linkToJudge(`https://zoom.us/j/${'1'.repeat(MAX_HREF_LENGTH)}`, '')).toBeNull();
  });
});
