/**
 * Compares three maintained QR decoders on the codes people receive (issue 15) and on what they
 * would add to the extension: zxing-wasm (ours, ZXing-C++ built to WebAssembly), @zxing/library
 * (ZXing ported to TypeScript; 0.23 has no multi-code QR reader, so its QRCodeReader with
 * TRY_HARDER) and jsQR (one code per image). The images are the unit tests' cases
 * (tests/unit/cli/qr-decoding.test.ts) plus a full-HD screen, two codes side by side and a busy
 * screen with no code. For each decoder and case it prints the right texts found out of those
 * expected (and any wrong ones), the median time of 3 runs, and the size of a minified bundle.
 *
 * The two other decoders are not project dependencies; install them apart, then run:
 *   mkdir -p .tmp/decoders && (cd .tmp/decoders && npm init -y >/dev/null && npm i jsqr@1.4.0 @zxing/library@0.23)
 *   npx tsx scripts/compare-qr-decoders.ts
 * DECODERS_DIR names another node_modules folder holding them (default .tmp/decoders/node_modules).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { readQrCodes } from '../src/cli/files/qr-codes-in-image';
import { drawQr, qrModules, type Drawing } from '../tests/unit/support/qr-images';

const ROOT = resolve(import.meta.dirname, '..');
const DECODERS_DIR = resolve(process.env.DECODERS_DIR ?? join(ROOT, '.tmp/decoders/node_modules'));
const RUNS = 3;

const LURE = 'sgnl://linkdevice?uuid=4a1c9e2b-7d3f-4e8a-9b6c-0f1e2d3c4b5a&pub_key=BXk2Y3ZhbHVlLWxvb2tzLWxpa2UtYS1rZXk';
const GROUP = 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789';

// The little of each package used here (their types are not installed in the project).
type JsQR = (rgba: Uint8ClampedArray, width: number, height: number, options: { inversionAttempts: 'attemptBoth' }) => { data: string } | null;
interface ZXingLibrary {
  QRCodeReader: new () => { decode(bitmap: unknown, hints: Map<number, unknown>): { getText(): string } };
  RGBLuminanceSource: new (luminances: Uint8ClampedArray, width: number, height: number) => unknown;
  HybridBinarizer: new (source: unknown) => unknown;
  BinaryBitmap: new (binarizer: unknown) => unknown;
  DecodeHintType: { TRY_HARDER: number; POSSIBLE_FORMATS: number };
  BarcodeFormat: { QR_CODE: number };
  NotFoundException: new () => Error;
  FormatException: new () => Error;
  ChecksumException: new () => Error;
}

function loadOthers(): { jsQR: JsQR; zxingLibrary: ZXingLibrary } {
  const require = createRequire(join(DECODERS_DIR, 'noop.js'));
  try {
    return { jsQR: require('jsqr') as JsQR, zxingLibrary: require('@zxing/library') as ZXingLibrary };
  } catch {
    console.error(`jsqr and @zxing/library are not in ${DECODERS_DIR}. Install them apart from the project:
  mkdir -p .tmp/decoders && (cd .tmp/decoders && npm init -y >/dev/null && npm i jsqr@1.4.0 @zxing/library@0.23)
or point DECODERS_DIR at a node_modules folder that has them.`);
    process.exit(1);
  }
}

interface Case {
  name: string;
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  expected: string[];
}

async function drawn(name: string, text: string, drawing: Drawing): Promise<Case> {
  const rgba = new Uint8ClampedArray(drawQr(await qrModules(text), drawing));
  return { name, width: drawing.width, height: drawing.height, rgba, expected: [text] };
}

/** Two codes, each drawn on its own square, put side by side in one image. */
async function twoCodes(name: string, left: string, right: string, side: number, modulePx: number): Promise<Case> {
  const square = { width: side, height: side, centre: { x: side / 2, y: side / 2 }, modulePx };
  const [a, b] = [drawQr(await qrModules(left), square), drawQr(await qrModules(right), square)];
  const rgba = new Uint8ClampedArray(side * 2 * side * 4);
  for (let y = 0; y < side; y++) {
    rgba.set(a.subarray(y * side * 4, (y + 1) * side * 4), y * side * 8);
    rgba.set(b.subarray(y * side * 4, (y + 1) * side * 4), y * side * 8 + side * 4);
  }
  return { name, width: side * 2, height: side, rgba, expected: [left, right] };
}

async function cases(): Promise<Case[]> {
  const square = (size: number) => ({ width: size, height: size, centre: { x: size / 2, y: size / 2 } });
  const screen = { width: 1920, height: 1080, modulePx: 4, angleDeg: 8, background: 'busy' } as const;
  const noCode = await drawn('busy 1920×1080 screen, no code', LURE, { ...screen, centre: { x: -10_000, y: -10_000 } });
  return [
    await drawn('small: 2 px modules, 120×120', LURE, { ...square(120), modulePx: 2 }),
    await drawn('rotated 30°', LURE, { ...square(300), modulePx: 5, angleDeg: 30 }),
    await drawn('upside down (180°)', LURE, { ...square(300), modulePx: 5, angleDeg: 180 }),
    await drawn('faint: grey 215 on white', LURE, { ...square(240), modulePx: 4, dark: 215, light: 255 }),
    await drawn('dim page: 40 on 80', LURE, { ...square(240), modulePx: 4, dark: 40, light: 80, background: 'paper' }),
    await drawn('busy background, off centre', LURE, { width: 480, height: 360, centre: { x: 330, y: 150 }, modulePx: 4, background: 'busy' }),
    await drawn('1920×1080 screen: 4 px, 8°, busy', LURE, { ...screen, centre: { x: 1400, y: 700 } }),
    await twoCodes('two codes side by side', LURE, GROUP, 260, 4),
    // The code is drawn far outside the picture, leaving only the busy background.
    { ...noCode, expected: [] },
  ];
}

type Decode = (image: Case) => Promise<string[]>;

async function zxingWasm(): Promise<Decode> {
  const pixels = ({ rgba, width, height }: Pick<Case, 'rgba' | 'width' | 'height'>) => ({ data: rgba, width, height, colorSpace: 'srgb' }) as ImageData;
  // Started before any timing: compiling the WebAssembly is not a decode.
  await readQrCodes(pixels({ rgba: new Uint8ClampedArray(4), width: 1, height: 1 }));
  return (image) => readQrCodes(pixels(image));
}

function zxingLibraryDecode(z: ZXingLibrary): Decode {
  const hints = new Map<number, unknown>([
    [z.DecodeHintType.TRY_HARDER, true],
    [z.DecodeHintType.POSSIBLE_FORMATS, [z.BarcodeFormat.QR_CODE]],
  ]);
  return ({ rgba, width, height }) => {
    const luminance = new Uint8ClampedArray(width * height);
    for (let i = 0; i < luminance.length; i++) luminance[i] = (rgba[i * 4]! * 299 + rgba[i * 4 + 1]! * 587 + rgba[i * 4 + 2]! * 114) / 1000;
    const bitmap = new z.BinaryBitmap(new z.HybridBinarizer(new z.RGBLuminanceSource(luminance, width, height)));
    try {
      return Promise.resolve([new z.QRCodeReader().decode(bitmap, hints).getText()]);
    } catch (error) {
      if (error instanceof z.NotFoundException || error instanceof z.FormatException || error instanceof z.ChecksumException) return Promise.resolve([]);
      throw error;
    }
  };
}

function jsQRDecode(jsQR: JsQR): Decode {
  return ({ rgba, width, height }) => {
    const code = jsQR(rgba, width, height, { inversionAttempts: 'attemptBoth' });
    return Promise.resolve(code ? [code.data] : []);
  };
}

async function measure(decode: Decode, image: Case): Promise<string> {
  const times: number[] = [];
  let found: string[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    found = await decode(image);
    times.push(performance.now() - start);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const right = found.filter((text) => image.expected.includes(text)).length;
  const wrong = found.length - right;
  return `${right}/${image.expected.length}${wrong ? ` (+${wrong} wrong)` : ''} · ${median.toFixed(0)} ms`;
}

/** Bytes of a minified browser bundle of `entry` (plus extra files it loads), raw and gzipped. */
async function bundleSize(entry: string, extraFiles: string[] = []): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'js' },
    nodePaths: [DECODERS_DIR],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const files = [result.outputFiles[0]!.contents, ...extraFiles.map((file) => readFileSync(file))];
  const raw = files.reduce((sum, bytes) => sum + bytes.length, 0);
  const gzip = files.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
  return `${(raw / 1024).toFixed(1)} KB raw · ${(gzip / 1024).toFixed(1)} KB gzip`;
}

const { jsQR, zxingLibrary } = loadOthers();
const decoders: [string, Decode][] = [
  ['zxing-wasm', await zxingWasm()],
  ['@zxing/library', zxingLibraryDecode(zxingLibrary)],
  ['jsQR', jsQRDecode(jsQR)],
];

const header = ['Case', ...decoders.map(([name]) => name)];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- |').join('')}`);
for (const image of await cases()) {
  const cells: string[] = [];
  for (const [, decode] of decoders) cells.push(await measure(decode, image));
  console.log(`| ${image.name} | ${cells.join(' | ')} |`);
}

const sizes = [
  await bundleSize(`export { readBarcodes, prepareZXingModule } from 'zxing-wasm/reader';`, [
    createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
  ]),
  // Its modules one by one: from the package root the whole library comes along (it cannot be tree-shaken).
  await bundleSize(
    ['qrcode/QRCodeReader', 'RGBLuminanceSource', 'common/HybridBinarizer', 'BinaryBitmap']
      .map((m) => `export { default as ${m.split('/').pop()!} } from '@zxing/library/esm/core/${m}';`)
      .join('\n'),
  ),
  await bundleSize(`export { default } from 'jsqr';`),
];
console.log(`| Size: minified bundle (zxing-wasm: JS + .wasm) | ${sizes.join(' | ')} |`);
