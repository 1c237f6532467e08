/** Demo photos drawn locally with sharp (nothing is downloaded): a gradient with simple shapes. */
import sharp from 'sharp'

const PALETTES = [
  ['#0b5a6b', '#58a4b0'],
  ['#7a3e1d', '#e0a458'],
  ['#2d4a22', '#8fbf6a'],
  ['#4a2352', '#c086c9'],
  ['#1d3557', '#a8dadc'],
  ['#6b2737', '#e98a8a'],
]

export async function demoImage(index: number, width = 1600, height = 900): Promise<Buffer> {
  const [dark, light] = PALETTES[index % PALETTES.length]
  const circles = Array.from({ length: 6 }, (_, i) => {
    const x = ((index * 131 + i * 271) % width) | 0
    const y = ((index * 97 + i * 173) % height) | 0
    const r = 60 + ((index * 37 + i * 53) % 180)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" fill-opacity="${0.08 + (i % 3) * 0.06}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${circles}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 78 }).toBuffer()
}
