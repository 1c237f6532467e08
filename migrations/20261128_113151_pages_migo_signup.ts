import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" ADD COLUMN "migo_signup" boolean DEFAULT false;
  ALTER TABLE "_pages_v" ADD COLUMN "version_migo_signup" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" DROP COLUMN "migo_signup";
  ALTER TABLE "_pages_v" DROP COLUMN "version_migo_signup";`)
}
