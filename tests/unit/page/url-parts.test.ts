import { describe, expect, it } from 'vitest';
import { urlParts } from '../../../src/page/url-parts';

const viaUrl = (href: string) => {
  const u = new URL(href);
  return { protocol: u.protocol, host: u.hostname, username: u.username };
};

describe("urlParts: the filter's parts of a URL the browser serialised", () => {
  it.each([
    'https://zoom.us/j/1',
    'https://us02web.zoom.us:8443/j/1?pwd=x#y',
    'http://zoom.us@evil.example/j/1',
    'https://user:pass@meet.jit.si/Room',
    'https://[2001:db8::1]:8080/x',
    'https://xn--zm-fmaa.example/',
    'mailto:someone@example.org',
    'sgnl://linkdevice?uuid=x',
    'zoommtg:join?confno=1',
    'https://example.org',
    'https://example.org?q=a@b',
    'https://example.org#a@b',
  ])('agrees with new URL() on %s', (href) => {
    expect(urlParts(new URL(href).href)).toEqual(viaUrl(href));
  });
});
