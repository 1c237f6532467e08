/**
 * Undo steps for everything the bench starts (servers, database, temp folders),
 * run newest first, once, whether the bench ends normally, fails, crashes or is interrupted.
 */
export class Cleanup {
  private steps: { name: string; run: () => unknown }[] = []
  private running: Promise<void> | null = null

  constructor() {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        console.error(`\n${signal}: stopping everything the bench started …`)
        void this.run().finally(() => process.exit(130))
      })
    }
    // A library's unhandled 'error' event (a browser that cannot be spawned) must not leave servers behind.
    process.once('uncaughtException', (error) => {
      console.error(`✖ bench failed: ${error.stack ?? error.message}`)
      void this.run().finally(() => process.exit(1))
    })
  }

  add(name: string, run: () => unknown): void {
    this.steps.push({ name, run })
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.run()
        } catch (error) {
          console.error(`Cleanup: ${step.name} failed: ${error instanceof Error ? error.message : String(error)}`)
        }
      }
    })()
    return this.running
  }
}
