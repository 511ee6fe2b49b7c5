/**
 * The extension pages' QR decoder: its WebAssembly shipped in the extension and read from there
 * (zxing-reader.ts). Loaded on first use: the popup opens without the decoder's glue, and the
 * WebAssembly (about 1 MB) is compiled only when a person asks for a QR check.
 */
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { zxingReader } from './zxing-reader';

/** The texts of the QR codes in the pixels. */
export const readQrCodes: (pixels: ImageData) => Promise<string[]> = zxingReader(() => fetch(wasmUrl).then((response) => response.arrayBuffer()));
