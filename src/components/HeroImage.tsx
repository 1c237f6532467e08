import type { Media } from '@/payload-types'

/** The article's photo with its caption and credit underneath. */
export function HeroImage({ image }: { image: Media | number | null | undefined }) {
  if (!image || typeof image === 'number' || !image.url) return null
  const hero = image.sizes?.hero?.url ? image.sizes.hero : image
  return (
    <figure className="hero-image">
      {/* eslint-disable-next-line @next/next/no-img-element -- sizes and srcset come with the public site issue */}
      <img src={hero.url ?? image.url} alt={image.alt} width={hero.width ?? undefined} height={hero.height ?? undefined} />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption} {image.credit && <span className="credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
