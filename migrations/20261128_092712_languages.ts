import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_subscribers_language" AS ENUM('de', 'tr', 'ar', 'en', 'ru');
  ALTER TABLE "articles_locales" ADD COLUMN "text_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_text_changed_at" timestamp(3) with time zone;
  ALTER TABLE "pages_locales" ADD COLUMN "text_changed_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_text_changed_at" timestamp(3) with time zone;
  ALTER TABLE "subscribers" ADD COLUMN "language" "enum_subscribers_language" DEFAULT 'de';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_locales" DROP COLUMN "text_changed_at";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_text_changed_at";
  ALTER TABLE "pages_locales" DROP COLUMN "text_changed_at";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_text_changed_at";
  ALTER TABLE "subscribers" DROP COLUMN "language";
  DROP TYPE "public"."enum_subscribers_language";`)
}
