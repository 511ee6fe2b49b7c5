/**
 * How many of ZXing's own test photos of QR codes (core/src/test/resources/blackbox/qrcode-*
 * in github.com/zxing/zxing: phone photos of posters, screens and print, each with the text it
 * holds) the `--file` reader decodes to the right text: material nobody here drew. Needs a
 * checkout of that repository (not shipped here):
 *   npx tsx scripts/qr-photos-check.ts path/to/zxing/core/src/test/resources/blackbox
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { qrCodesInImage } from '../src/cli/files/qr-codes-in-image';

const root = process.argv[2];
if (!root || !existsSync(root)) {
  console.error('usage: npx tsx scripts/qr-photos-check.ts <zxing>/core/src/test/resources/blackbox');
  process.exit(2);
}

let photos = 0;
let right = 0;
let otherText = 0;
for (const set of readdirSync(root)
  .filter((name) => /^qrcode-\d+$/.test(name))
  .sort()) {
  let setPhotos = 0;
  let setRight = 0;
  for (const photo of readdirSync(`${root}/${set}`).filter((name) => /\.(png|jpe?g)$/i.test(name))) {
    const expectedFile = `${root}/${set}/${photo.replace(/\.[^.]+$/, '.txt')}`;
    if (!existsSync(expectedFile)) continue;
    const expected = readFileSync(expectedFile, 'utf8').trim();
    const texts = await qrCodesInImage(readFileSync(`${root}/${set}/${photo}`)).catch(() => []);
    setPhotos++;
    if (texts.some((text) => text.trim() === expected)) setRight++;
    else if (texts.length > 0) otherText++;
  }
  console.log(`${set}: ${setRight} of ${setPhotos}`);
  photos += setPhotos;
  right += setRight;
}
console.log(`all: ${right} of ${photos} decoded to the right text (${((100 * right) / photos).toFixed(1)} %); another text in ${otherText}`);
