import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the rate limits' counters (src/lib/rateLimit.ts), kept by
 * rate-limiter-flexible's PostgreSQL store, which inserts by column position:
 * exactly (key, points, expire), no Payload collection. The index serves the
 * pruning of ended windows (DELETE … WHERE expire < now).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "rate_limit_counters" (
    "key" varchar(255) PRIMARY KEY,
    "points" integer NOT NULL DEFAULT 0,
    "expire" bigint
  );
  CREATE INDEX "rate_limit_counters_expire_idx" ON "rate_limit_counters" USING btree ("expire");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "rate_limit_counters";`)
}
