import { describe, expect, it } from 'vitest';
import { checkHash, parsePopupHash } from '../../../../src/ui/popup/popup-hash';

describe('the popup page fragment', () => {
  it('#check=<encoded link> asks for that link', () => {
    const link = 'https://zoom.us/j/123?pwd=a&b=c#x';
    expect(parsePopupHash(checkHash(link))).toEqual({ check: link });
  });

  it('takes a link that was not encoded as it is', () => {
    expect(parsePopupHash('#check=https://meet.jit.si/%E0%A4%A')).toEqual({ check: 'https://meet.jit.si/%E0%A4%A' });
  });

  it('#tab=<id> asks for that tab', () => {
    expect(parsePopupHash('#tab=42')).toEqual({ tab: 42 });
    expect(parsePopupHash('#tab=x')).toBeNull();
  });

  it('#qr=<id> asks for the context menu’s capture; #qr-image for an image to choose', () => {
    expect(parsePopupHash('#qr=0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10')).toEqual({ qr: '0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10' });
    expect(parsePopupHash('#qr=../../tabReport:1')).toBeNull();
    expect(parsePopupHash('#qr-image')).toEqual({ qrImage: true });
  });

  it('anything else asks for nothing', () => {
    expect(parsePopupHash('')).toBeNull();
    expect(parsePopupHash('#check=')).toBeNull();
    expect(parsePopupHash('#other')).toBeNull();
  });
});
