import { describe, expect, it } from 'vitest';
import { shortAddress } from '../../../../src/ui/popup/short-address';

describe('a link as the popup lists it', () => {
  it('drops https:// and leaves short links whole', () => {
    expect(shortAddress('https://zoom.us/j/1234567890')).toBe('zoom.us/j/1234567890');
  });

  it('shortens a long path, never the host', () => {
    const shown = shortAddress(`https://zoom.us/j/1234567890?pwd=${'a'.repeat(80)}`);
    expect(shown.startsWith('zoom.us/j/1234567890?pwd=')).toBe(true);
    expect(shown).toHaveLength(60);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('keeps a host longer than the limit whole, so its real end (the registrable domain) shows', () => {
    const host = `zoom.us.${'join-meeting-'.repeat(6)}evil.example`;
    expect(shortAddress(`https://${host}/j/1234567890`)).toBe(`${host}…`);
    expect(shortAddress(`https://${host}`)).toBe(host);
  });
});
