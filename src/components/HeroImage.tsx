import { isImage } from '@/lib/media'
import type { Media } from '@/payload-types'

import { ResponsiveImage } from './ResponsiveImage'

/** The article's photo with its caption and credit underneath. */
export function HeroImage({ image }: { image: Media | number | null | undefined }) {
  if (!isImage(image)) return null
  return (
    <figure className="hero-image">
      <ResponsiveImage image={image} preset="hero" priority />
      {(image.caption || image.credit) && (
        // Caption and credit may be German on a page in another language: their own direction keeps them whole.
        <figcaption dir="auto">
          {image.caption} {image.credit && <span className="credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
