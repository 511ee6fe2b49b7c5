/**
 * ZXing-C++ built to WebAssembly (zxing-wasm), made ready once with its WebAssembly from
 * `loadWasm`: the installed package's file in the CLI, the extension's own file in its pages.
 * `wasmBinary` given up front means the library never asks for a file (its default would fetch
 * one from a CDN). A failed start is not kept: the next use tries again.
 */
import type * as ZXingReader from 'zxing-wasm/reader';
import { decodedTexts, QR_READ_OPTIONS } from './qr-read-options';

/** A function giving the texts of the QR codes in an image file (Blob) or in pixels. */
export function zxingReader(loadWasm: () => Promise<ArrayBuffer>): (image: Blob | ImageData) => Promise<string[]> {
  let ready: Promise<typeof ZXingReader> | null = null;
  const start = async () => {
    const [zxing, wasmBinary] = await Promise.all([import('zxing-wasm/reader'), loadWasm()]);
    await zxing.prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
    return zxing;
  };
  return async (image) => {
    if (!ready) {
      ready = start();
      ready.catch(() => (ready = null));
    }
    const zxing = await ready;
    return decodedTexts(await zxing.readBarcodes(image, QR_READ_OPTIONS));
  };
}
