import type { CSSProperties } from 'react'

/**
 * The mails' look, as inline styles (mail clients drop <style> blocks and
 * web fonts): the site's colours, a system font stack, 600 px wide at most.
 */
export const BRAND = '#0b5a6b'
const TEXT = '#1b1f23'
const MUTED = '#4a5560'
const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

export const styles = {
  body: { margin: 0, padding: '24px 0', backgroundColor: '#f3f5f6', fontFamily: FONT, color: TEXT },
  container: { maxWidth: '600px', margin: '0 auto', padding: '24px', backgroundColor: '#ffffff', borderRadius: '6px' },
  masthead: { margin: '0 0 16px', fontSize: '14px', fontWeight: 700, color: BRAND },
  heading: { margin: '0 0 16px', fontSize: '24px', lineHeight: '1.3', color: TEXT },
  subheading: { margin: '24px 0 12px', fontSize: '20px', lineHeight: '1.3', color: TEXT },
  topic: { margin: '32px 0 12px', paddingBottom: '4px', borderBottom: `2px solid ${BRAND}`, fontSize: '14px', fontWeight: 700, letterSpacing: '0.04em', textTransform: 'uppercase', color: BRAND },
  itemHeadline: { margin: '0 0 8px', fontSize: '18px', lineHeight: '1.35', color: TEXT },
  image: { display: 'block', width: '100%', maxWidth: '552px', height: 'auto', margin: '0 0 12px', border: 0, borderRadius: '4px' },
  text: { margin: '0 0 16px', fontSize: '16px', lineHeight: '1.6', color: TEXT },
  button: { display: 'inline-block', padding: '12px 20px', borderRadius: '6px', backgroundColor: BRAND, color: '#ffffff', fontSize: '16px', fontWeight: 700, textDecoration: 'none' },
  note: { margin: '0 0 16px', padding: '8px 12px', fontSize: '15px', lineHeight: '1.5', color: TEXT, backgroundColor: '#eef4f5', borderRadius: '4px' },
  small: { margin: '0 0 12px', fontSize: '14px', lineHeight: '1.5', color: MUTED },
  link: { color: BRAND, textDecoration: 'underline', wordBreak: 'break-all' },
  rule: { margin: '24px 0', borderColor: '#d8dee2' },
} satisfies Record<string, CSSProperties>
