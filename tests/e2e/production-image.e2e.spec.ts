/**
 * The Docker image, without Docker (there is no engine here): its build step
 * (`npm run image:build`: npm ci, the build, production dependencies only) in
 * a clean copy of the project, then exactly the files the Dockerfile's final
 * stage copies, started with `npm run image:start` as an unprivileged user
 * on an empty database. It must migrate, serve the site and report healthy
 * from compiled JavaScript (no tsx, no dev dependencies), and stop cleanly
 * on SIGTERM (what `docker stop` sends).
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@playwright/test'

import { devOnlyPackages } from '../../scripts/lib/devOnlyPackages.mjs'
import { SERVER_ENV, SERVER_NODE_ARGS } from '../../scripts/lib/serverCommand'
import { createDatabase, dropDatabase, freePort, startTestPostgres, uniqueName } from '../helpers/postgresServer'
import { processTree } from '../helpers/processTree'
import { PROJECT_DIR } from '../helpers/runScript'

/** The unprivileged user the image runs as (`node` in the image; `nobody` here). */
const NOBODY = 65534

/** The final stage's `COPY --from=build` sources, as paths relative to the project. */
function finalStageFiles(dockerfile: string): string[] {
  const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))
  return [...finalStage.matchAll(/^COPY --from=build(?: --chown=\S+)? (.+) \S+$/gm)].flatMap((m) =>
    m[1].split(/\s+/).map((source) => path.relative('/app', source)),
  )
}

test('the image builds with production dependencies only and runs compiled as an unprivileged user', async () => {
  test.setTimeout(1_200_000)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-image-'))
  fs.chmodSync(scratch, 0o755)
  // Both stages work in the same folder, as both are /app in the image (a build may remember its path).
  const runtime = path.join(scratch, 'app')
  const build = path.join(scratch, 'build')
  const postgres = await startTestPostgres()
  const database = uniqueName('evi_image')
  try {
    // The build context: the project's files (what .dockerignore lets through: no node_modules, .next, .data …).
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: PROJECT_DIR, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && fs.existsSync(path.join(PROJECT_DIR, file)))
    for (const file of files) fs.cpSync(path.join(PROJECT_DIR, file), path.join(runtime, file))
    execFileSync('npm', ['run', 'image:build'], { cwd: runtime, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: '' }, stdio: 'pipe', timeout: 1_100_000 })
    fs.renameSync(runtime, build)

    const dockerfile = fs.readFileSync(path.join(build, 'Dockerfile'), 'utf8')
    const packageJson = JSON.parse(fs.readFileSync(path.join(build, 'package.json'), 'utf8'))
    // The image starts exactly what `npm run image:start` starts.
    expect(dockerfile).toContain(`CMD ["sh", "-c", "${packageJson.scripts['image:start']}"]`)
    // … with the server's memory settings (scripts/lib/serverCommand.ts).
    expect(packageJson.scripts['image:start']).toContain(`exec node ${SERVER_NODE_ARGS.join(' ')}`)
    expect(dockerfile).toContain(`MALLOC_ARENA_MAX=${SERVER_ENV.MALLOC_ARENA_MAX}`)
    for (const source of finalStageFiles(dockerfile)) fs.cpSync(path.join(build, source), path.join(runtime, source), { recursive: true, verbatimSymlinks: true })
    // Development tools are gone; a devDependency a production package depends on (esbuild for tsx) is a production package too.
    const devOnly = devOnlyPackages(PROJECT_DIR)
    expect(devOnly).toEqual(expect.arrayContaining(['@playwright/test', 'vitest', 'typescript-eslint', 'lighthouse']))
    for (const name of devOnly) expect(fs.existsSync(path.join(runtime, 'node_modules', name)), name).toBe(false)
    expect(fs.existsSync(path.join(runtime, 'src'))).toBe(false)
    fs.mkdirSync(path.join(runtime, 'media'))
    execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, runtime])

    const port = await freePort()
    const child = spawn('npm', ['run', 'image:start'], {
      cwd: runtime,
      uid: NOBODY,
      gid: NOBODY,
      env: {
        PATH: process.env.PATH,
        HOME: runtime,
        npm_config_cache: path.join(runtime, '.npm'),
        NODE_ENV: 'production',
        HOSTNAME: '0.0.0.0',
        PORT: String(port),
        DATABASE_URL: await createDatabase(postgres, database),
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout!.on('data', (chunk) => (output += chunk))
    child.stderr!.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    try {
      await expect
        .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, { timeout: 120_000, intervals: [500] })
        .toBe(200)
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200)
      const commands = processTree(child.pid!).map((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim())
      expect(commands.some((command) => /^node (--\S+ )*dist\/server\.js$/.test(command)), commands.join('\n')).toBe(true)
      expect(commands.filter((command) => /tsx/.test(command))).toEqual([])
      for (const pid of processTree(child.pid!)) expect(fs.statSync(`/proc/${pid}`).uid).toBe(NOBODY)
    } finally {
      child.kill('SIGTERM')
    }
    expect(await exited, output).toBe(0)
    expect(output).toContain('Stopped.')
  } finally {
    await dropDatabase(postgres, database).catch(() => {})
    await postgres.stop()
    fs.rmSync(scratch, { recursive: true, force: true })
  }
})
