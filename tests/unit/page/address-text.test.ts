import { describe, expect, it } from 'vitest';
import { addressInText, hostOfAddressText } from '../../../src/page/address-text';

describe('addressInText: visible text that claims to be an address', () => {
  it.each([
    ['https://zoom.us/j/123', 'https://zoom.us/j/123'],
    ['  zoom.us/j/123\n', 'zoom.us/j/123'],
    ['meet.google.com', 'meet.google.com'],
    ['HTTPS://Meet.Jit.Si/Room', 'HTTPS://Meet.Jit.Si/Room'],
  ])('keeps %j', (text, kept) => {
    expect(addressInText(text)).toBe(kept);
  });

  it.each(['Join the call', 'See you at 10.30', 'v1.2', 'Click here: zoom.us', 'a@zoom.us', '', 'x'.repeat(3000) + '.com'])('drops %j', (text) => {
    expect(addressInText(text)).toBe('');
  });
});

describe('hostOfAddressText', () => {
  it.each([
    ['https://zoom.us/j/1', 'zoom.us'],
    ['Zoom.US:443/j/1', 'zoom.us'],
    ['meet.google.com.', 'meet.google.com'],
    ['meet.google.com?x=1', 'meet.google.com'],
  ])('%s names %s', (text, host) => {
    expect(hostOfAddressText(text)).toBe(host);
  });
});
