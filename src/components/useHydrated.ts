'use client'

import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/** False in the server's HTML (and for readers without script), true once the page runs in the browser. */
export const useHydrated = (): boolean => useSyncExternalStore(noSubscription, () => true, () => false)
