/**
 * The popup's QR check on a whole screen, in Chromium (issue 15): a 1920×1080 PNG of a busy
 * screen with one code, dropped on the popup page, timed in the page from the drop to the
 * listed result (the browser decodes the image, the decoder searches it, the code is judged and
 * shown). The first check also starts the decoder (compiling its WebAssembly). The floor, from
 * the same run: the browser's own decoding of the same PNG into pixels, which any reader needs.
 */
import { launchChromium } from '../e2e/harness/chromium';
import { drawQr, encodePng, qrModules } from '../unit/support/qr-images';

const ROUNDS = 5;
const SCREEN = { width: 1920, height: 1080 };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Times {
  first: number;
  checks: number[];
  floors: number[];
  found: number;
}

export async function runQrPopupBench(): Promise<void> {
  const qr = await qrModules('sgnl://linkdevice?uuid=4a1c9e2b-7d3f-4e8a-9b6c-0f1e2d3c4b5a&pub_key=BXk2Y3ZhbHVlLWxvb2tzLWxpa2UtYS1rZXk');
  const png = encodePng(SCREEN.width, SCREEN.height, drawQr(qr, { ...SCREEN, modulePx: 4, angleDeg: 8, background: 'busy', centre: { x: 1500, y: 700 } }));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('popup.html#qr-image'));
    await page.waitUntil(() => document.querySelector('.qr-check') !== null);
    // No named functions inside: tsx would wrap them in a helper (__name) the page does not have.
    const times = await page.evaluateWith(
      async ({ base64, rounds }): Promise<Times> => {
        const file = new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], 'screen.png', { type: 'image/png' });
        const result: Times = { first: 0, checks: [], floors: [], found: 0 };
        // Round -1 is the first check, which also starts the decoder.
        for (let round = -1; round < rounds; round++) {
          if (round >= 0) {
            const start = performance.now();
            const bitmap = await createImageBitmap(file);
            const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
            context.drawImage(bitmap, 0, 0);
            context.getImageData(0, 0, bitmap.width, bitmap.height);
            bitmap.close();
            result.floors.push(performance.now() - start);
          }
          const ms = await new Promise<number>((resolve) => {
            const start = performance.now();
            const watcher = new MutationObserver(() => {
              if (document.querySelector<HTMLElement>('.qr-check')?.dataset.step !== 'read') return;
              watcher.disconnect();
              resolve(performance.now() - start);
            });
            watcher.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
            const data = new DataTransfer();
            data.items.add(file);
            document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
          });
          if (round < 0) result.first = ms;
          else result.checks.push(ms);
        }
        result.found = document.querySelectorAll('.qr-check .link-row').length;
        return result;
      },
      { base64: Buffer.from(png).toString('base64'), rounds: ROUNDS },
    );
    const check = median(times.checks);
    const floor = median(times.floors);
    console.log(
      `The popup's QR check of a full-screen image in Chromium (${SCREEN.width}×${SCREEN.height} PNG, busy background, one code), median of ${ROUNDS}:`,
    );
    console.log(`  first check (starts the decoder): ${times.first.toFixed(0)} ms`);
    console.log(`  each check after:                 ${check.toFixed(0)} ms (${times.found} found)`);
    console.log(`  floor, the browser decoding the PNG into pixels: ${floor.toFixed(0)} ms → ${(check / floor).toFixed(1)}× the floor`);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runQrPopupBench();
