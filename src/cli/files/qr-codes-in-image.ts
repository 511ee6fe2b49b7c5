/**
 * The texts of the QR codes in an image file (.png, .jpg: a screenshot of a chat, a photo of a
 * poster), decoded by zxing-wasm with its WebAssembly read from the installed package, never
 * fetched (src/qr/zxing-reader.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { imageFormat } from '../../qr/image-size';
import { zxingReader } from '../../qr/zxing-reader';

/** The decoder with the installed package's WebAssembly (also for scripts that compare decoders). */
export const readQrCodes = zxingReader(() => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  return Promise.resolve(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
});

/** Throws when the bytes are not a PNG or JPEG image (the decoder would only find nothing). */
export async function qrCodesInImage(bytes: Uint8Array): Promise<string[]> {
  const format = imageFormat(bytes);
  if (format !== 'png' && format !== 'jpeg') throw new Error('not a PNG or JPEG image');
  return readQrCodes(new Blob([new Uint8Array(bytes)]));
}
