import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "migo_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((CASE "_locale" WHEN 'de' THEN 'german'::regconfig WHEN 'tr' THEN 'turkish'::regconfig WHEN 'ar' THEN 'arabic'::regconfig WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END), coalesce("title", '')), 'A') || setweight(jsonb_to_tsvector((CASE "_locale" WHEN 'de' THEN 'german'::regconfig WHEN 'tr' THEN 'turkish'::regconfig WHEN 'ar' THEN 'arabic'::regconfig WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END), jsonb_path_query_array(coalesce("editorial", '{}'::jsonb), 'strict $.**.text'), '["string"]'), 'C')) STORED;
  CREATE INDEX "migo_locales_search_idx" ON "migo_locales" USING gin ("search_vector");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "migo_locales_search_idx";
  ALTER TABLE "migo_locales" DROP COLUMN "search_vector";`)
}
