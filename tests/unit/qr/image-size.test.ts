import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../src/qr/image-size';
import { encodePng } from '../support/qr-images';

describe('an image’s size, read from its header before it is decoded', () => {
  it('PNG, as the test images are written', () => {
    expect(imageSize(encodePng(37, 21, new Uint8Array(37 * 21 * 4)))).toEqual({ width: 37, height: 21 });
  });

  it('a PNG header claiming 30,000 × 30,000 pixels is read as such, whatever follows', () => {
    const header = Uint8Array.from(encodePng(1, 1, new Uint8Array(4)).subarray(0, 24));
    new DataView(header.buffer).setUint32(16, 30_000);
    new DataView(header.buffer).setUint32(20, 30_000);
    expect(imageSize(header)).toEqual({ width: 30_000, height: 30_000 });
  });

  it('GIF and JPEG (past the segments before the frame header)', () => {
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x01, 0xf0, 0x00, 0, 0]);
    expect(imageSize(gif)).toEqual({ width: 320, height: 240 });
    // SOI, an APP0 segment of 16 bytes, then SOF0: precision 8, height 480, width 640.
    const jpeg = Uint8Array.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0x00,
      0x10,
      ...new Array(14).fill(0),
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      0x01,
      0xe0,
      0x02,
      0x80,
      0x03,
      0,
      0,
      0,
      0,
    ]);
    expect(imageSize(jpeg)).toEqual({ width: 640, height: 480 });
  });

  it('anything else, or a truncated or broken header, gives null (the browser decides)', () => {
    expect(imageSize(new Uint8Array())).toBeNull();
    expect(imageSize(new TextEncoder().encode('BEGIN:VCALENDAR'))).toBeNull();
    expect(imageSize(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    expect(imageSize(Uint8Array.from([0xff, 0xd8, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]))).toBeNull();
    expect(imageSize(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, 0, 0, 0, 0, 0, 0]))).toBeNull();
  });
});
