/** Writes public/og-default.png, the social preview for pages without a photo. Run once when the design changes. */
import path from 'node:path'

import sharp from 'sharp'

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="#0b5a6b"/>
  <rect x="0" y="560" width="1200" height="70" fill="#f2b632"/>
  <text x="80" y="250" font-family="DejaVu Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="#ffffff">Essener Verbund der</text>
  <text x="80" y="330" font-family="DejaVu Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="#ffffff">Immigrantenvereine e.V.</text>
  <text x="80" y="420" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#e6f2f4">Über 70 Vereine · über 20 Herkunftsländer · seit 2000</text>
</svg>`

await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(path.resolve(import.meta.dirname, '..', 'public', 'og-default.png'))
console.log('public/og-default.png written')
