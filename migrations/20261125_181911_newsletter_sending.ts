import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliveries_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'skipped');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendNewsletterIssue' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendNewsletterIssue' BEFORE 'schedulePublish';
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_id" integer NOT NULL,
  	"subscriber_id" integer,
  	"email" varchar NOT NULL,
  	"status" "enum_deliveries_status" DEFAULT 'pending' NOT NULL,
  	"uncertain" boolean DEFAULT false,
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"next_attempt_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "migo" ADD COLUMN "sent_at" timestamp(3) with time zone;
  ALTER TABLE "_migo_v" ADD COLUMN "version_sent_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_issue_id_migo_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."migo"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "deliveries_issue_idx" ON "deliveries" USING btree ("issue_id");
  CREATE INDEX "deliveries_subscriber_idx" ON "deliveries" USING btree ("subscriber_id");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "issue_subscriber_idx" ON "deliveries" USING btree ("issue_id","subscriber_id");
  CREATE INDEX "issue_status_idx" ON "deliveries" USING btree ("issue_id","status");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  ALTER TABLE "migo" DROP COLUMN "delivery_total";
  ALTER TABLE "migo" DROP COLUMN "delivery_sent";
  ALTER TABLE "migo" DROP COLUMN "delivery_failed";
  ALTER TABLE "_migo_v" DROP COLUMN "version_delivery_total";
  ALTER TABLE "_migo_v" DROP COLUMN "version_delivery_sent";
  ALTER TABLE "_migo_v" DROP COLUMN "version_delivery_failed";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "migo" ADD COLUMN "delivery_total" numeric DEFAULT 0;
  ALTER TABLE "migo" ADD COLUMN "delivery_sent" numeric DEFAULT 0;
  ALTER TABLE "migo" ADD COLUMN "delivery_failed" numeric DEFAULT 0;
  ALTER TABLE "_migo_v" ADD COLUMN "version_delivery_total" numeric DEFAULT 0;
  ALTER TABLE "_migo_v" ADD COLUMN "version_delivery_sent" numeric DEFAULT 0;
  ALTER TABLE "_migo_v" ADD COLUMN "version_delivery_failed" numeric DEFAULT 0;
  ALTER TABLE "migo" DROP COLUMN "sent_at";
  ALTER TABLE "_migo_v" DROP COLUMN "version_sent_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_deliveries_status";`)
}
