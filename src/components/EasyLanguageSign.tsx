/**
 * The site's own sign for Leichte Sprache: an open book with a tick (drawn for
 * this site; the "Leichte Sprache" logo of Inclusion Europe is protected and
 * not used). Decorative: the link it stands in always names itself in words.
 */
export function EasyLanguageSign() {
  return (
    <svg className="easy-language__sign" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#0b5a6b" />
      <path d="M5 9.5c3.8-1.6 7.6-1.4 11 1.2 3.4-2.6 7.2-2.8 11-1.2v14c-3.8-1.6-7.6-1.4-11 1.2-3.4-2.6-7.2-2.8-11-1.2z" fill="#fff" />
      <path d="M16 10.7v14.1" stroke="#0b5a6b" strokeWidth="1.4" />
      <path d="M8.3 16.4l2.3 2.4 3.6-4.6" stroke="#0b5a6b" strokeWidth="2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M18.5 14.5h5.5M18.5 17.5h5.5M18.5 20.5h3.5" stroke="#0b5a6b" strokeWidth="1.3" strokeLinecap="round" />
    </svg>
  )
}
