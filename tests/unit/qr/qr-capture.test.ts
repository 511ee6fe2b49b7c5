import { describe, expect, it } from 'vitest';
import { asQrCapture, qrCaptureKey } from '../../../src/qr/qr-capture';

describe('the capture the context menu hands to the popup page', () => {
  const area = { x: 1, y: 2, width: 3, height: 4, viewportWidth: 5, viewportHeight: 6 };

  it('passes as stored, with or without the image’s place, or with no capture when the browser refused one', () => {
    expect(asQrCapture({ capture: 'data:image/png;base64,AAAA', area, takenAt: 5 })).toEqual({ capture: 'data:image/png;base64,AAAA', area, takenAt: 5 });
    expect(asQrCapture({ capture: 'data:image/jpeg;base64,AAAA', area: null, takenAt: 5 })).toEqual({
      capture: 'data:image/jpeg;base64,AAAA',
      area: null,
      takenAt: 5,
    });
    expect(asQrCapture({ capture: null, area: null, takenAt: 5 })).toEqual({ capture: null, area: null, takenAt: 5 });
  });

  it('a corrupt value is refused (the page says it could not read the picture), a corrupt place is dropped', () => {
    expect(asQrCapture(undefined)).toBeNull();
    expect(asQrCapture('data:image/png;base64,AAAA')).toBeNull();
    expect(asQrCapture({ capture: 'https://example.org/qr.png', area })).toBeNull();
    expect(asQrCapture({ capture: 42, area })).toBeNull();
    expect(asQrCapture({ capture: 'data:image/png;base64,AAAA', area: { x: 'left' }, takenAt: 5 })).toEqual({
      capture: 'data:image/png;base64,AAAA',
      area: null,
      takenAt: 5,
    });
    // No time: as old as can be, so it is the first removed.
    expect(asQrCapture({ capture: null, area: null })).toEqual({ capture: null, area: null, takenAt: 0 });
  });

  it('is kept under its own id', () => {
    expect(qrCaptureKey('0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10')).toBe('qrCapture:0b7e0f57-3c6f-4a55-9c39-8f4f5a1e6f10');
  });
});
