/** Bundles one of the project's TypeScript scripts for plain Node and answers the bundle's path (scriptBundle.mjs). */
export function bundleScript(entry: string): Promise<string>
