import type { Access } from 'payload'

/** Public: readable by everyone, logged in or not. */
export const anyone: Access = () => true
