/**
 * The texts of the QR codes in an image file (.png, .jpg: a screenshot of a chat, a photo of a
 * poster), decoded by ZXing-C++ built to WebAssembly (zxing-wasm). Its WebAssembly file is read
 * from the installed package, never fetched: the library's default would load it from a CDN.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as ZXingReader from 'zxing-wasm/reader';
import { decodedTexts, QR_READ_OPTIONS } from '../../qr/qr-read-options';

type Reader = typeof ZXingReader;

let ready: Promise<Reader> | null = null;

function reader(): Promise<Reader> {
  ready ??= (async () => {
    const zxing = await import('zxing-wasm/reader');
    const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
    await zxing.prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
    return zxing;
  })();
  return ready;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** Throws when the bytes are not a PNG or JPEG image (the decoder would only find nothing). */
export async function qrCodesInImage(bytes: Uint8Array): Promise<string[]> {
  if (!startsWith(bytes, PNG) && !startsWith(bytes, JPEG)) throw new Error('not a PNG or JPEG image');
  const zxing = await reader();
  return decodedTexts(await zxing.readBarcodes(new Blob([new Uint8Array(bytes)]), QR_READ_OPTIONS));
}
