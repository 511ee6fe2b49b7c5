/**
 * Writes the QR code images of the e2e pages (tests/fixtures/pages/qr-*.png): a lure dressed up
 * as a Signal group invite whose code links a new device (the 2025 campaigns Google's threat
 * intelligence described), and a genuine Signal group invite. Run again after changing a text.
 *   npx tsx scripts/write-qr-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { drawQr, encodePng, qrModules } from '../tests/unit/support/qr-images';

export const QR_FIXTURES = {
  'qr-signal-device-link.png': 'sgnl://linkdevice?uuid=Vx3kq9PZb2n8WmRt4cYe1A&pub_key=BZ7r2QfEm9KJxUaL0pWv3sTgH8yNcD5iOoVbRk1lMjXq',
  'qr-signal-group.png': 'https://signal.group/#CjQKIPQ7bqdExampleGroupMasterKey0123456789',
} as const;

const SIZE = 240;

for (const [file, text] of Object.entries(QR_FIXTURES)) {
  const qr = await qrModules(text);
  const modulePx = Math.floor(SIZE / (qr.size + 8));
  const rgba = drawQr(qr, { width: SIZE, height: SIZE, centre: { x: SIZE / 2, y: SIZE / 2 }, modulePx });
  writeFileSync(`tests/fixtures/pages/${file}`, encodePng(SIZE, SIZE, rgba));
  console.log(`tests/fixtures/pages/${file}: ${text}`);
}
