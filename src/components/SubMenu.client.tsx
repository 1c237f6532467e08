'use client'

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'

import { useHydrated } from './useHydrated'

type Props = {
  /** The parent entry's own link (it stays a link: "Über uns" is a page too). */
  link: ReactNode
  /** "Untermenü Über uns": the toggle's accessible name. */
  toggleLabel: string
  children: ReactNode
}

/**
 * A main-menu entry with a sub-menu, as a disclosure: the entry's link, then
 * a button (aria-expanded) that shows or hides the list below. Escape closes
 * it and returns focus to the button; leaving it with Tab or a click elsewhere
 * closes it too. Without script there is no button, only its icon: the list
 * opens by hovering or by focus inside it (CSS), and the parent page lists its
 * sub-pages as well — no dead end.
 */
export function SubMenu({ link, toggleLabel, children }: Props) {
  const hydrated = useHydrated()
  const [open, setOpen] = useState(false)
  const listId = useId()
  const item = useRef<HTMLLIElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const away = (event: Event) => {
      if (!item.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', away)
    document.addEventListener('focusin', away)
    return () => {
      document.removeEventListener('pointerdown', away)
      document.removeEventListener('focusin', away)
    }
  }, [open])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      setOpen(false)
      button.current?.focus()
    }
  }

  return (
    <li ref={item} className={`has-submenu${hydrated ? ' has-submenu--enhanced' : ''}${open ? ' has-submenu--open' : ''}`} onKeyDown={onKeyDown}>
      <span className="has-submenu__head">
        {link}
        {hydrated ? (
          <button ref={button} type="button" className="submenu-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            <span className="visually-hidden">{toggleLabel}</span>
            <span aria-hidden="true" className="submenu-toggle__icon" />
          </button>
        ) : (
          // The served HTML holds the button's room with its icon, so the menu
          // does not re-wrap (and the page shift) when script takes over.
          <span aria-hidden="true" className="submenu-toggle">
            <span className="submenu-toggle__icon" />
          </span>
        )}
      </span>
      <ul id={listId} className="submenu">
        {children}
      </ul>
    </li>
  )
}
