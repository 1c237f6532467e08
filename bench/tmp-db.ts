import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabase, startTestPostgres } from '../tests/helpers/postgresServer'
import { runProjectScript } from '../tests/helpers/runScript'
const postgres = await startTestPostgres()
const databaseUrl = await createDatabase(postgres, 'evi_tmp')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'evi-tmp-'))
const env = {
  DATABASE_URL: databaseUrl, MEDIA_DIR: path.join(scratch, 'media'), MAIL_OUTBOX_DIR: path.join(scratch, 'mail'),
  PAYLOAD_SECRET: randomBytes(32).toString('hex'), NEXT_TELEMETRY_DISABLED: '1', BENCH_ARTICLES: '1000', BENCH_ORGANISATIONS: '500',
  BENCH_SCRATCH: scratch, NEWSLETTER_WORKER: 'separate', DEMO_EDITOR_EMAIL: 'redaktion@bench.evi-essen.de', DEMO_EDITOR_PASSWORD: 'tmp-pass-123456',
}
runProjectScript('scripts/seed.ts', env)
runProjectScript('bench/seedArticles.ts', env)
runProjectScript('bench/seedOrganisations.ts', env)
fs.writeFileSync('/tmp/tmp-site-env.json', JSON.stringify(env))
console.log('ready', databaseUrl)
process.on('SIGTERM', async () => { await postgres.stop(); process.exit(0) })
setInterval(() => {}, 1 << 30)
