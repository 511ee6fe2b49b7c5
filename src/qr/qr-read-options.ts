/**
 * How ZXing looks for QR codes, the same in the CLI and the extension: hard (small, faint and
 * busy-background codes), turned and inverted codes too, and every code in the image.
 */
import type { ReaderOptions, ReadResult } from 'zxing-wasm/reader';

export const QR_READ_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  maxNumberOfSymbols: 32,
};

/** The codes' texts, each once, in the order found (one poster may repeat a code). */
export function decodedTexts(results: readonly Pick<ReadResult, 'isValid' | 'text'>[]): string[] {
  return [...new Set(results.filter((r) => r.isValid).map((r) => r.text))];
}
