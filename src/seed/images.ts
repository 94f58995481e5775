/**
 * Images for the demo content, drawn here with sharp from a few shapes: nothing is downloaded, and no
 * fonts are needed (there is no text in them). Abstract on purpose — a practice replaces them with
 * its own photographs.
 */
import sharp from 'sharp'

/** Background, main and accent colour, and the alt text that describes the picture. */
export type CoverArt = { alt: string; colors: [string, string, string] }

const WIDTH = 1600
const HEIGHT = 900

function coverSvg([background, main, accent]: CoverArt['colors']): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${background}"/>
      <stop offset="1" stop-color="#ffffff"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  <circle cx="640" cy="450" r="260" fill="${main}" fill-opacity="0.85"/>
  <circle cx="960" cy="450" r="260" fill="${accent}" fill-opacity="0.75"/>
  <path d="M0 760 Q400 680 800 760 T1600 740 V900 H0 Z" fill="${main}" fill-opacity="0.35"/>
</svg>`
}

function portraitSvg([background, main]: [string, string]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
  <rect width="600" height="600" fill="${background}"/>
  <circle cx="300" cy="230" r="110" fill="${main}"/>
  <path d="M110 560 Q300 330 490 560 Z" fill="${main}"/>
</svg>`
}

export type ImageFile = { data: Buffer; mimetype: string; name: string; size: number }

/** The file name an image is stored under: known before it is drawn, so a seed can skip drawing. */
export const imageFileName = (name: string) => `${name}.webp`

async function toFile(svg: string, name: string): Promise<ImageFile> {
  const data = await sharp(Buffer.from(svg)).webp({ quality: 82 }).toBuffer()
  return { data, mimetype: 'image/webp', name: imageFileName(name), size: data.length }
}

export const coverImage = (art: CoverArt, name: string) => toFile(coverSvg(art.colors), name)

export const portraitImage = (colors: [string, string], name: string) =>
  toFile(portraitSvg(colors), name)
