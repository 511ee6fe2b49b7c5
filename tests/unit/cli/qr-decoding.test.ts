/**
 * The QR decoder (zxing-wasm) on the codes people receive (issue 15): small on a screenshot,
 * photographed at an angle, faint, on a busy background, and on a whole screen capture. Each
 * image is made here from ZXing's encoder and written as PNG, then read back through the CLI's
 * reader (src/cli/files/qr-codes-in-image.ts).
 */
import { describe, expect, it } from 'vitest';
import { qrCodesInImage } from '../../../src/cli/files/qr-codes-in-image';
import { drawQr, encodePng, qrModules, type Drawing } from '../support/qr-images';

const LURE = 'sgnl://linkdevice?uuid=4a1c9e2b-7d3f-4e8a-9b6c-0f1e2d3c4b5a&pub_key=BXk2Y3ZhbHVlLWxvb2tzLWxpa2UtYS1rZXk';

async function decodeDrawn(drawing: Drawing): Promise<string[]> {
  const qr = await qrModules(LURE);
  return qrCodesInImage(encodePng(drawing.width, drawing.height, drawQr(qr, drawing)));
}

describe('decoding QR codes as people receive them', { timeout: 60_000 }, () => {
  it('small: 2 px per module, as in a chat screenshot', async () => {
    expect(await decodeDrawn({ width: 120, height: 120, centre: { x: 60, y: 60 }, modulePx: 2 })).toEqual([LURE]);
  });

  it('rotated, as photographed at an angle: 30° and upside down', async () => {
    for (const angleDeg of [30, 180]) expect(await decodeDrawn({ width: 300, height: 300, centre: { x: 150, y: 150 }, modulePx: 5, angleDeg })).toEqual([LURE]);
  });

  it('low contrast: faint ink on white (grey 215 on 255), and a dim photo of a page (40 on 80)', async () => {
    expect(await decodeDrawn({ width: 240, height: 240, centre: { x: 120, y: 120 }, modulePx: 4, dark: 215, light: 255 })).toEqual([LURE]);
    expect(await decodeDrawn({ width: 240, height: 240, centre: { x: 120, y: 120 }, modulePx: 4, dark: 40, light: 80, background: 'paper' })).toEqual([LURE]);
  });

  it('on a busy background, off centre', async () => {
    expect(await decodeDrawn({ width: 480, height: 360, centre: { x: 330, y: 150 }, modulePx: 4, background: 'busy' })).toEqual([LURE]);
  });

  it('in a whole screen capture (1366×768), with its own angle', async () => {
    expect(await decodeDrawn({ width: 1366, height: 768, centre: { x: 1000, y: 500 }, modulePx: 4, angleDeg: 8, background: 'busy' })).toEqual([LURE]);
  });

  it('finds nothing where there is no code', async () => {
    const blank = new Uint8Array(200 * 100 * 4).fill(255);
    expect(await qrCodesInImage(encodePng(200, 100, blank))).toEqual([]);
  });
});
