import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_role" ADD VALUE 'member';
  CREATE TABLE "rate_limit_hits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "orgs" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german'::regconfig, coalesce("name", '')), 'A')) STORED;
  ALTER TABLE "orgs_locales" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector((CASE "_locale" WHEN 'de' THEN 'german'::regconfig WHEN 'tr' THEN 'turkish'::regconfig WHEN 'ar' THEN 'arabic'::regconfig WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END), coalesce("community", '')), 'A') || setweight(to_tsvector((CASE "_locale" WHEN 'de' THEN 'german'::regconfig WHEN 'tr' THEN 'turkish'::regconfig WHEN 'ar' THEN 'arabic'::regconfig WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END), coalesce("short_description", '')), 'B') || setweight(jsonb_to_tsvector((CASE "_locale" WHEN 'de' THEN 'german'::regconfig WHEN 'tr' THEN 'turkish'::regconfig WHEN 'ar' THEN 'arabic'::regconfig WHEN 'en' THEN 'english'::regconfig WHEN 'ru' THEN 'russian'::regconfig ELSE 'simple'::regconfig END), jsonb_path_query_array(coalesce("description", '{}'::jsonb), 'strict $.**.text'), '["string"]'), 'C')) STORED;
  ALTER TABLE "users" ADD COLUMN "organisation_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rate_limit_hits_id" integer;
  CREATE INDEX "rate_limit_hits_key_idx" ON "rate_limit_hits" USING btree ("key");
  CREATE INDEX "rate_limit_hits_updated_at_idx" ON "rate_limit_hits" USING btree ("updated_at");
  CREATE INDEX "rate_limit_hits_created_at_idx" ON "rate_limit_hits" USING btree ("created_at");
  ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_orgs_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_limit_hits_fk" FOREIGN KEY ("rate_limit_hits_id") REFERENCES "public"."rate_limit_hits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "orgs_search_idx" ON "orgs" USING gin ("search_vector");
  CREATE INDEX "orgs_locales_search_idx" ON "orgs_locales" USING gin ("search_vector");
  CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");
  CREATE INDEX "payload_locked_documents_rels_rate_limit_hits_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_limit_hits_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rate_limit_hits" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rate_limit_hits" CASCADE;
  ALTER TABLE "users" DROP CONSTRAINT "users_organisation_id_orgs_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rate_limit_hits_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor'::"public"."enum_users_role";
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "orgs_search_idx";
  DROP INDEX "orgs_locales_search_idx";
  DROP INDEX "users_organisation_idx";
  DROP INDEX "payload_locked_documents_rels_rate_limit_hits_id_idx";
  ALTER TABLE "orgs" DROP COLUMN "search_vector";
  ALTER TABLE "orgs_locales" DROP COLUMN "search_vector";
  ALTER TABLE "users" DROP COLUMN "organisation_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rate_limit_hits_id";`)
}
