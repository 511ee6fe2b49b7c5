/**
 * The extension pages' QR decoder: ZXing-C++ built to WebAssembly (zxing-wasm), its .wasm file
 * shipped in the extension and read from there. The library's default would fetch it from a
 * CDN; `wasmBinary` given up front means it never asks for a file at all.
 */
import type * as ZXingReader from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { decodedTexts, QR_READ_OPTIONS } from './qr-read-options';

let ready: Promise<typeof ZXingReader> | null = null;

function reader(): Promise<typeof ZXingReader> {
  ready ??= (async () => {
    // Loaded on first use: the popup opens without the decoder's 20 KB of glue, and the
    // WebAssembly (about 1 MB) is compiled only when a person asks for a QR check.
    const [zxing, wasm] = await Promise.all([import('zxing-wasm/reader'), fetch(wasmUrl).then((response) => response.arrayBuffer())]);
    await zxing.prepareZXingModule({ overrides: { wasmBinary: wasm }, fireImmediately: true });
    return zxing;
  })();
  // A failed start (the file unreadable) is not kept: the next check tries again.
  ready.catch(() => (ready = null));
  return ready;
}

/** The texts of the QR codes in the pixels. */
export async function readQrCodes(pixels: ImageData): Promise<string[]> {
  const zxing = await reader();
  return decodedTexts(await zxing.readBarcodes(pixels, QR_READ_OPTIONS));
}
