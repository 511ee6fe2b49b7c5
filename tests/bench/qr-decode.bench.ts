/**
 * How long the QR check takes on a whole screen capture (issue 15): a 1920×1080 PNG of a busy
 * screen with one QR code (4 px modules, turned 8°), through the same reader as `--file`
 * (decoding the PNG and searching every pixel), median of ROUNDS after one warm-up; beside it,
 * the same capture with no code, which is what the search costs when there is nothing to find.
 */
import { qrCodesInImage } from '../../src/cli/files/qr-codes-in-image';
import { drawQr, encodePng, qrModules } from '../unit/support/qr-images';

const ROUNDS = 5;
const SCREEN = { width: 1920, height: 1080 };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(png: Uint8Array): Promise<{ ms: number; found: number }> {
  await qrCodesInImage(png);
  const times: number[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    found = (await qrCodesInImage(png)).length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), found };
}

export async function runQrDecodeBench(): Promise<void> {
  const qr = await qrModules('sgnl://linkdevice?uuid=4a1c9e2b-7d3f-4e8a-9b6c-0f1e2d3c4b5a&pub_key=BXk2Y3ZhbHVlLWxvb2tzLWxpa2UtYS1rZXk');
  const screen = { ...SCREEN, modulePx: 4, angleDeg: 8, background: 'busy' as const };
  const withCode = encodePng(SCREEN.width, SCREEN.height, drawQr(qr, { ...screen, centre: { x: 1500, y: 700 } }));
  // The same screen with the code drawn off the canvas.
  const without = encodePng(SCREEN.width, SCREEN.height, drawQr(qr, { ...screen, centre: { x: -1000, y: -1000 } }));
  const a = await timed(withCode);
  const b = await timed(without);
  console.log(`QR codes in a full-screen capture (${SCREEN.width}×${SCREEN.height} PNG, busy background), median of ${ROUNDS}:`);
  console.log(`  with one code: ${a.ms.toFixed(0)} ms (${a.found} found)`);
  console.log(`  with none:     ${b.ms.toFixed(0)} ms (${b.found} found)`);
}
