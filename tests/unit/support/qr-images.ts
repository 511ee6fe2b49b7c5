/**
 * QR code images made here, for the decoder's tests and bench: ZXing's own encoder gives the
 * modules, drawn into RGBA pixels as a phone screenshot or a poster photo would have them
 * (small, rotated, low contrast, on a busy background), written as PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';

export interface QrModules {
  size: number;
  dark(x: number, y: number): boolean;
}

export async function qrModules(text: string): Promise<QrModules> {
  const writer = await import('zxing-wasm/writer');
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/writer/zxing_writer.wasm'));
  await writer.prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
  const { symbol, error } = await writer.writeBarcode(text, { format: 'QRCode' });
  if (error) throw new Error(error);
  return { size: symbol.width, dark: (x, y) => symbol.data[y * symbol.width + x] === 0 };
}

export interface Drawing {
  width: number;
  height: number;
  /** Where the code's centre is, and how large one module is drawn. */
  centre: { x: number; y: number };
  modulePx: number;
  angleDeg?: number;
  /** Grey levels of the dark and light modules (0 black, 255 white). */
  dark?: number;
  light?: number;
  /** `paper`: the light modules' own grey all around (a faint print, a dim photo of a page). */
  background?: 'white' | 'paper' | 'busy';
}

/** A small deterministic random generator (mulberry32): the same busy background every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The code drawn into RGBA pixels, its four-module quiet zone light, the rest background. */
export function drawQr(qr: QrModules, d: Drawing): Uint8Array {
  const { width, height, centre, modulePx, angleDeg = 0, dark = 0, light = 255, background = 'white' } = d;
  const rgba = new Uint8Array(width * height * 4);
  const next = random(7);
  // A busy background: blocks of colour (a chat's bubbles, a photo) under fine noise.
  const blocks = Array.from({ length: 60 }, () => ({
    x: next() * width,
    y: next() * height,
    w: 20 + next() * 200,
    h: 10 + next() * 120,
    c: [next() * 255, next() * 255, next() * 255],
  }));
  const cos = Math.cos((-angleDeg * Math.PI) / 180);
  const sin = Math.sin((-angleDeg * Math.PI) / 180);
  const half = qr.size / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x + 0.5 - centre.x;
      const dy = y + 0.5 - centre.y;
      // The pixel in module coordinates, turned back by the code's angle.
      const u = (dx * cos - dy * sin) / modulePx + half;
      const v = (dx * sin + dy * cos) / modulePx + half;
      let colour: number[];
      if (u >= -4 && v >= -4 && u < qr.size + 4 && v < qr.size + 4) {
        const inside = u >= 0 && v >= 0 && u < qr.size && v < qr.size;
        const g = inside && qr.dark(Math.floor(u), Math.floor(v)) ? dark : light;
        colour = [g, g, g];
      } else if (background === 'white') colour = [255, 255, 255];
      else if (background === 'paper') colour = [light, light, light];
      else {
        const block = blocks.find((b) => x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h);
        const noise = next() * 60 - 30;
        colour = (block?.c ?? [200, 200, 200]).map((c) => c + noise);
      }
      rgba.set([...colour, 255], (y * width + x) * 4);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** RGBA pixels as a PNG file (8 bits per channel, no filtering). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}
