/** First focusable element of every page: keyboard and screen-reader users jump past the menu. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#hauptinhalt">
      Zum Hauptinhalt springen
    </a>
  )
}
