/**
 * Writes the site's generated images: public/og-default.png (the social
 * preview for pages without a photo) and src/app/icon.png (the browser tab's
 * icon). Run once when the design changes: `npx tsx scripts/generate-brand-images.ts`.
 */
import path from 'node:path'

import sharp from 'sharp'

const root = path.resolve(import.meta.dirname, '..')
const FONT = 'DejaVu Sans, Arial, sans-serif'

const socialPreview = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="#0b5a6b"/>
  <rect x="0" y="560" width="1200" height="70" fill="#f2b632"/>
  <text x="80" y="250" font-family="${FONT}" font-size="64" font-weight="700" fill="#ffffff">Essener Verbund der</text>
  <text x="80" y="330" font-family="${FONT}" font-size="64" font-weight="700" fill="#ffffff">Immigrantenvereine e.V.</text>
  <text x="80" y="420" font-family="${FONT}" font-size="34" fill="#e6f2f4">Über 70 Vereine · über 20 Herkunftsländer · seit 2000</text>
</svg>`

/** The header's round "EVI" badge. */
const icon = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">
  <circle cx="32" cy="32" r="32" fill="#f2b632"/>
  <text x="32" y="40" text-anchor="middle" font-family="${FONT}" font-size="21" font-weight="700" fill="#07404c">EVI</text>
</svg>`

await sharp(Buffer.from(socialPreview)).png({ compressionLevel: 9 }).toFile(path.join(root, 'public', 'og-default.png'))
await sharp(Buffer.from(icon)).png({ compressionLevel: 9 }).toFile(path.join(root, 'src', 'app', 'icon.png'))
console.log('public/og-default.png and src/app/icon.png written')
