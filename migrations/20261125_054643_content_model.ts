import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('de', 'tr', 'ar', 'en', 'ru');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('de', 'tr', 'ar', 'en', 'ru');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('de', 'tr', 'ar', 'en', 'ru');
  CREATE TYPE "public"."enum_orgs_countries" AS ENUM('AF', 'EG', 'AL', 'DZ', 'AD', 'AO', 'AG', 'GQ', 'AR', 'AM', 'AZ', 'ET', 'AU', 'BS', 'BH', 'BD', 'BB', 'BY', 'BE', 'BZ', 'BJ', 'BT', 'BO', 'BA', 'BW', 'BR', 'BN', 'BG', 'BF', 'BI', 'CV', 'CL', 'CN', 'CR', 'CI', 'DK', 'DE', 'DM', 'DO', 'DJ', 'EC', 'SV', 'ER', 'EE', 'SZ', 'FJ', 'FI', 'FR', 'GA', 'GM', 'GE', 'GH', 'GD', 'GR', 'GT', 'GN', 'GW', 'GY', 'HT', 'HN', 'IN', 'ID', 'IQ', 'IR', 'IE', 'IS', 'IL', 'IT', 'JM', 'JP', 'YE', 'JO', 'KH', 'CM', 'CA', 'KZ', 'QA', 'KE', 'KG', 'KI', 'CO', 'KM', 'CG', 'CD', 'XK', 'HR', 'CU', 'KW', 'LA', 'LS', 'LV', 'LB', 'LR', 'LY', 'LI', 'LT', 'LU', 'MG', 'MW', 'MY', 'MV', 'ML', 'MT', 'MA', 'MH', 'MR', 'MU', 'MX', 'FM', 'MC', 'MN', 'ME', 'MZ', 'MM', 'NA', 'NR', 'NP', 'NZ', 'NI', 'NL', 'NE', 'NG', 'KP', 'MK', 'NO', 'OM', 'AT', 'PK', 'PS', 'PW', 'PA', 'PG', 'PY', 'PE', 'PH', 'PL', 'PT', 'MD', 'RW', 'RO', 'RU', 'SB', 'ZM', 'WS', 'SM', 'ST', 'SA', 'SE', 'CH', 'SN', 'RS', 'SC', 'SL', 'ZW', 'SG', 'SK', 'SI', 'SO', 'ES', 'LK', 'KN', 'LC', 'VC', 'ZA', 'SD', 'KR', 'SS', 'SR', 'SY', 'TJ', 'TW', 'TZ', 'TH', 'TL', 'TG', 'TO', 'TT', 'TD', 'CZ', 'TN', 'TR', 'TM', 'TV', 'UG', 'UA', 'HU', 'UY', 'UZ', 'VU', 'VA', 'VE', 'AE', 'US', 'GB', 'VN', 'CF', 'CY');
  CREATE TYPE "public"."enum_orgs_fields" AS ENUM('sport', 'bildung', 'kultur', 'gesundheit', 'religion', 'jugend', 'soziales');
  CREATE TYPE "public"."enum_orgs_languages" AS ENUM('sq', 'am', 'ar', 'hy', 'az', 'bn', 'bs', 'bg', 'zh', 'da', 'de', 'en', 'tl', 'fi', 'fr', 'ka', 'el', 'ha', 'he', 'hi', 'ig', 'id', 'it', 'ja', 'kk', 'rw', 'ky', 'ko', 'hr', 'ku', 'lv', 'ln', 'lt', 'ml', 'mk', 'mn', 'nl', 'no', 'ps', 'fa', 'pl', 'pt', 'pa', 'ro', 'ru', 'sv', 'sr', 'sk', 'sl', 'so', 'es', 'sw', 'ta', 'th', 'ti', 'cs', 'tr', 'tk', 'uk', 'hu', 'ur', 'uz', 'vi', 'yo');
  CREATE TYPE "public"."enum_org_social_platform" AS ENUM('facebook', 'instagram', 'youtube', 'tiktok', 'x', 'linkedin', 'telegram', 'whatsapp');
  CREATE TYPE "public"."enum_orgs_membership" AS ENUM('pending', 'active', 'inactive');
  CREATE TYPE "public"."enum_orgs_district" AS ENUM('stadtkern', 'ostviertel', 'nordviertel', 'westviertel', 'suedviertel', 'suedostviertel', 'huttrop', 'frillendorf', 'ruettenscheid', 'rellinghausen', 'bergerhausen', 'stadtwald', 'altendorf', 'frohnhausen', 'holsterhausen', 'fulerum', 'haarzopf', 'margarethenhoehe', 'schoenebeck', 'bedingrade', 'frintrop', 'dellwig', 'gerschede', 'borbeck-mitte', 'bochold', 'bergeborbeck', 'altenessen-nord', 'altenessen-sued', 'karnap', 'vogelheim', 'stoppenberg', 'katernberg', 'schonnebeck', 'steele', 'kray', 'freisenbruch', 'horst', 'leithe', 'heisingen', 'kupferdreh', 'byfang', 'ueberruhr-hinsel', 'ueberruhr-holthausen', 'burgaltendorf', 'werden', 'heidhausen', 'fischlaken', 'kettwig', 'schuir', 'bredeney');
  CREATE TYPE "public"."enum_orgs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__orgs_v_version_countries" AS ENUM('AF', 'EG', 'AL', 'DZ', 'AD', 'AO', 'AG', 'GQ', 'AR', 'AM', 'AZ', 'ET', 'AU', 'BS', 'BH', 'BD', 'BB', 'BY', 'BE', 'BZ', 'BJ', 'BT', 'BO', 'BA', 'BW', 'BR', 'BN', 'BG', 'BF', 'BI', 'CV', 'CL', 'CN', 'CR', 'CI', 'DK', 'DE', 'DM', 'DO', 'DJ', 'EC', 'SV', 'ER', 'EE', 'SZ', 'FJ', 'FI', 'FR', 'GA', 'GM', 'GE', 'GH', 'GD', 'GR', 'GT', 'GN', 'GW', 'GY', 'HT', 'HN', 'IN', 'ID', 'IQ', 'IR', 'IE', 'IS', 'IL', 'IT', 'JM', 'JP', 'YE', 'JO', 'KH', 'CM', 'CA', 'KZ', 'QA', 'KE', 'KG', 'KI', 'CO', 'KM', 'CG', 'CD', 'XK', 'HR', 'CU', 'KW', 'LA', 'LS', 'LV', 'LB', 'LR', 'LY', 'LI', 'LT', 'LU', 'MG', 'MW', 'MY', 'MV', 'ML', 'MT', 'MA', 'MH', 'MR', 'MU', 'MX', 'FM', 'MC', 'MN', 'ME', 'MZ', 'MM', 'NA', 'NR', 'NP', 'NZ', 'NI', 'NL', 'NE', 'NG', 'KP', 'MK', 'NO', 'OM', 'AT', 'PK', 'PS', 'PW', 'PA', 'PG', 'PY', 'PE', 'PH', 'PL', 'PT', 'MD', 'RW', 'RO', 'RU', 'SB', 'ZM', 'WS', 'SM', 'ST', 'SA', 'SE', 'CH', 'SN', 'RS', 'SC', 'SL', 'ZW', 'SG', 'SK', 'SI', 'SO', 'ES', 'LK', 'KN', 'LC', 'VC', 'ZA', 'SD', 'KR', 'SS', 'SR', 'SY', 'TJ', 'TW', 'TZ', 'TH', 'TL', 'TG', 'TO', 'TT', 'TD', 'CZ', 'TN', 'TR', 'TM', 'TV', 'UG', 'UA', 'HU', 'UY', 'UZ', 'VU', 'VA', 'VE', 'AE', 'US', 'GB', 'VN', 'CF', 'CY');
  CREATE TYPE "public"."enum__orgs_v_version_fields" AS ENUM('sport', 'bildung', 'kultur', 'gesundheit', 'religion', 'jugend', 'soziales');
  CREATE TYPE "public"."enum__orgs_v_version_languages" AS ENUM('sq', 'am', 'ar', 'hy', 'az', 'bn', 'bs', 'bg', 'zh', 'da', 'de', 'en', 'tl', 'fi', 'fr', 'ka', 'el', 'ha', 'he', 'hi', 'ig', 'id', 'it', 'ja', 'kk', 'rw', 'ky', 'ko', 'hr', 'ku', 'lv', 'ln', 'lt', 'ml', 'mk', 'mn', 'nl', 'no', 'ps', 'fa', 'pl', 'pt', 'pa', 'ro', 'ru', 'sv', 'sr', 'sk', 'sl', 'so', 'es', 'sw', 'ta', 'th', 'ti', 'cs', 'tr', 'tk', 'uk', 'hu', 'ur', 'uz', 'vi', 'yo');
  CREATE TYPE "public"."enum__org_social_v_platform" AS ENUM('facebook', 'instagram', 'youtube', 'tiktok', 'x', 'linkedin', 'telegram', 'whatsapp');
  CREATE TYPE "public"."enum__orgs_v_version_district" AS ENUM('stadtkern', 'ostviertel', 'nordviertel', 'westviertel', 'suedviertel', 'suedostviertel', 'huttrop', 'frillendorf', 'ruettenscheid', 'rellinghausen', 'bergerhausen', 'stadtwald', 'altendorf', 'frohnhausen', 'holsterhausen', 'fulerum', 'haarzopf', 'margarethenhoehe', 'schoenebeck', 'bedingrade', 'frintrop', 'dellwig', 'gerschede', 'borbeck-mitte', 'bochold', 'bergeborbeck', 'altenessen-nord', 'altenessen-sued', 'karnap', 'vogelheim', 'stoppenberg', 'katernberg', 'schonnebeck', 'steele', 'kray', 'freisenbruch', 'horst', 'leithe', 'heisingen', 'kupferdreh', 'byfang', 'ueberruhr-hinsel', 'ueberruhr-holthausen', 'burgaltendorf', 'werden', 'heidhausen', 'fischlaken', 'kettwig', 'schuir', 'bredeney');
  CREATE TYPE "public"."enum__orgs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__orgs_v_published_locale" AS ENUM('de', 'tr', 'ar', 'en', 'ru');
  CREATE TYPE "public"."enum_migo_sections_topic" AS ENUM('wirtschaft', 'recht', 'sport', 'bildung', 'gesundheit', 'aus-den-vereinen', 'rat-und-politik', 'nachrichten');
  CREATE TYPE "public"."enum_migo_send_status" AS ENUM('draft', 'sending', 'sent');
  CREATE TYPE "public"."enum_migo_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__migo_sections_v_topic" AS ENUM('wirtschaft', 'recht', 'sport', 'bildung', 'gesundheit', 'aus-den-vereinen', 'rat-und-politik', 'nachrichten');
  CREATE TYPE "public"."enum__migo_v_version_send_status" AS ENUM('draft', 'sending', 'sent');
  CREATE TYPE "public"."enum__migo_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__migo_v_published_locale" AS ENUM('de', 'tr', 'ar', 'en', 'ru');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"source_label" varchar,
  	"source_url" varchar,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"teaser" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_source_label" varchar,
  	"version_source_url" varchar,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_teaser" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"orgs_id" integer
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_card_large_url" varchar,
  	"sizes_card_large_width" numeric,
  	"sizes_card_large_height" numeric,
  	"sizes_card_large_mime_type" varchar,
  	"sizes_card_large_filesize" numeric,
  	"sizes_card_large_filename" varchar,
  	"sizes_hero_small_url" varchar,
  	"sizes_hero_small_width" numeric,
  	"sizes_hero_small_height" numeric,
  	"sizes_hero_small_mime_type" varchar,
  	"sizes_hero_small_filesize" numeric,
  	"sizes_hero_small_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_social_url" varchar,
  	"sizes_social_width" numeric,
  	"sizes_social_height" numeric,
  	"sizes_social_mime_type" varchar,
  	"sizes_social_filesize" numeric,
  	"sizes_social_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"meta_image_id" integer,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"body" jsonb,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_meta_image_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_body" jsonb,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "orgs_countries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_orgs_countries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "orgs_fields" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_orgs_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "orgs_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_orgs_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "org_social" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_org_social_platform",
  	"url" varchar
  );
  
  CREATE TABLE "orgs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"status" "enum_orgs_membership" DEFAULT 'pending',
  	"founded" numeric,
  	"member_since" numeric,
  	"logo_id" integer,
  	"district" "enum_orgs_district",
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar DEFAULT 'Essen',
  	"contact_person" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_orgs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "orgs_locales" (
  	"short_description" varchar,
  	"description" jsonb,
  	"community" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_orgs_v_version_countries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__orgs_v_version_countries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_orgs_v_version_fields" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__orgs_v_version_fields",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_orgs_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__orgs_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_org_social_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__org_social_v_platform",
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_orgs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_status" "enum_orgs_membership" DEFAULT 'pending',
  	"version_founded" numeric,
  	"version_member_since" numeric,
  	"version_logo_id" integer,
  	"version_district" "enum__orgs_v_version_district",
  	"version_address_street" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_city" varchar DEFAULT 'Essen',
  	"version_contact_person" varchar,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_website" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__orgs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__orgs_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_orgs_v_locales" (
  	"version_short_description" varchar,
  	"version_description" jsonb,
  	"version_community" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "migo_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"article_id" integer
  );
  
  CREATE TABLE "migo_items_locales" (
  	"headline" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "migo_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"topic" "enum_migo_sections_topic"
  );
  
  CREATE TABLE "migo" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"issue_number" numeric,
  	"month" timestamp(3) with time zone,
  	"slug" varchar,
  	"send_status" "enum_migo_send_status" DEFAULT 'draft',
  	"delivery_total" numeric DEFAULT 0,
  	"delivery_sent" numeric DEFAULT 0,
  	"delivery_failed" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_migo_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "migo_locales" (
  	"title" varchar,
  	"editorial" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_migo_items_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_migo_items_v_locales" (
  	"headline" varchar,
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_migo_sections_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"topic" "enum__migo_sections_v_topic",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_migo_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_issue_number" numeric,
  	"version_month" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_send_status" "enum__migo_v_version_send_status" DEFAULT 'draft',
  	"version_delivery_total" numeric DEFAULT 0,
  	"version_delivery_sent" numeric DEFAULT 0,
  	"version_delivery_failed" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__migo_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__migo_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_migo_v_locales" (
  	"version_title" varchar,
  	"version_editorial" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar DEFAULT 'Essener Verbund der Immigrantenvereine e.V.' NOT NULL,
  	"contact_address" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"about" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "navigation_header" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "navigation_header_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "navigation_footer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "navigation_footer_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "navigation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "media_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "orgs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "migo_id" integer;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_member_organisations_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_member_organisations_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orgs_countries" ADD CONSTRAINT "orgs_countries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orgs_fields" ADD CONSTRAINT "orgs_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orgs_languages" ADD CONSTRAINT "orgs_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_social" ADD CONSTRAINT "org_social_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orgs" ADD CONSTRAINT "orgs_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orgs_locales" ADD CONSTRAINT "orgs_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_orgs_v_version_countries" ADD CONSTRAINT "_orgs_v_version_countries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_orgs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_orgs_v_version_fields" ADD CONSTRAINT "_orgs_v_version_fields_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_orgs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_orgs_v_version_languages" ADD CONSTRAINT "_orgs_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_orgs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_org_social_v" ADD CONSTRAINT "_org_social_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_orgs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_orgs_v" ADD CONSTRAINT "_orgs_v_parent_id_orgs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orgs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_orgs_v" ADD CONSTRAINT "_orgs_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_orgs_v_locales" ADD CONSTRAINT "_orgs_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_orgs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "migo_items" ADD CONSTRAINT "migo_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "migo_items" ADD CONSTRAINT "migo_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."migo_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "migo_items_locales" ADD CONSTRAINT "migo_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."migo_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "migo_sections" ADD CONSTRAINT "migo_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."migo"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "migo_locales" ADD CONSTRAINT "migo_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."migo"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_migo_items_v" ADD CONSTRAINT "_migo_items_v_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_migo_items_v" ADD CONSTRAINT "_migo_items_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_migo_sections_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_migo_items_v_locales" ADD CONSTRAINT "_migo_items_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_migo_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_migo_sections_v" ADD CONSTRAINT "_migo_sections_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_migo_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_migo_v" ADD CONSTRAINT "_migo_v_parent_id_migo_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."migo"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_migo_v_locales" ADD CONSTRAINT "_migo_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_migo_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_social_links" ADD CONSTRAINT "site_settings_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_header" ADD CONSTRAINT "navigation_header_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_header_locales" ADD CONSTRAINT "navigation_header_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation_header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_footer" ADD CONSTRAINT "navigation_footer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_footer_locales" ADD CONSTRAINT "navigation_footer_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation_footer"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_categories_id_idx" ON "articles_rels" USING btree ("categories_id");
  CREATE INDEX "articles_rels_orgs_id_idx" ON "articles_rels" USING btree ("orgs_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_categories_id_idx" ON "_articles_v_rels" USING btree ("categories_id");
  CREATE INDEX "_articles_v_rels_orgs_id_idx" ON "_articles_v_rels" USING btree ("orgs_id");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_card_large_sizes_card_large_filename_idx" ON "media" USING btree ("sizes_card_large_filename");
  CREATE INDEX "media_sizes_hero_small_sizes_hero_small_filename_idx" ON "media" USING btree ("sizes_hero_small_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_social_sizes_social_filename_idx" ON "media" USING btree ("sizes_social_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages" USING btree ("meta_image_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_meta_version_meta_image_idx" ON "_pages_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "orgs_countries_order_idx" ON "orgs_countries" USING btree ("order");
  CREATE INDEX "orgs_countries_parent_idx" ON "orgs_countries" USING btree ("parent_id");
  CREATE INDEX "orgs_fields_order_idx" ON "orgs_fields" USING btree ("order");
  CREATE INDEX "orgs_fields_parent_idx" ON "orgs_fields" USING btree ("parent_id");
  CREATE INDEX "orgs_languages_order_idx" ON "orgs_languages" USING btree ("order");
  CREATE INDEX "orgs_languages_parent_idx" ON "orgs_languages" USING btree ("parent_id");
  CREATE INDEX "org_social_order_idx" ON "org_social" USING btree ("_order");
  CREATE INDEX "org_social_parent_id_idx" ON "org_social" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "orgs_slug_idx" ON "orgs" USING btree ("slug");
  CREATE INDEX "orgs_status_idx" ON "orgs" USING btree ("status");
  CREATE INDEX "orgs_logo_idx" ON "orgs" USING btree ("logo_id");
  CREATE INDEX "orgs_district_idx" ON "orgs" USING btree ("district");
  CREATE INDEX "orgs_updated_at_idx" ON "orgs" USING btree ("updated_at");
  CREATE INDEX "orgs_created_at_idx" ON "orgs" USING btree ("created_at");
  CREATE INDEX "orgs__status_idx" ON "orgs" USING btree ("_status");
  CREATE UNIQUE INDEX "orgs_locales_locale_parent_id_unique" ON "orgs_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_orgs_v_version_countries_order_idx" ON "_orgs_v_version_countries" USING btree ("order");
  CREATE INDEX "_orgs_v_version_countries_parent_idx" ON "_orgs_v_version_countries" USING btree ("parent_id");
  CREATE INDEX "_orgs_v_version_fields_order_idx" ON "_orgs_v_version_fields" USING btree ("order");
  CREATE INDEX "_orgs_v_version_fields_parent_idx" ON "_orgs_v_version_fields" USING btree ("parent_id");
  CREATE INDEX "_orgs_v_version_languages_order_idx" ON "_orgs_v_version_languages" USING btree ("order");
  CREATE INDEX "_orgs_v_version_languages_parent_idx" ON "_orgs_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_org_social_v_order_idx" ON "_org_social_v" USING btree ("_order");
  CREATE INDEX "_org_social_v_parent_id_idx" ON "_org_social_v" USING btree ("_parent_id");
  CREATE INDEX "_orgs_v_parent_idx" ON "_orgs_v" USING btree ("parent_id");
  CREATE INDEX "_orgs_v_version_version_slug_idx" ON "_orgs_v" USING btree ("version_slug");
  CREATE INDEX "_orgs_v_version_version_status_idx" ON "_orgs_v" USING btree ("version_status");
  CREATE INDEX "_orgs_v_version_version_logo_idx" ON "_orgs_v" USING btree ("version_logo_id");
  CREATE INDEX "_orgs_v_version_version_district_idx" ON "_orgs_v" USING btree ("version_district");
  CREATE INDEX "_orgs_v_version_version_updated_at_idx" ON "_orgs_v" USING btree ("version_updated_at");
  CREATE INDEX "_orgs_v_version_version_created_at_idx" ON "_orgs_v" USING btree ("version_created_at");
  CREATE INDEX "_orgs_v_version_version__status_idx" ON "_orgs_v" USING btree ("version__status");
  CREATE INDEX "_orgs_v_created_at_idx" ON "_orgs_v" USING btree ("created_at");
  CREATE INDEX "_orgs_v_updated_at_idx" ON "_orgs_v" USING btree ("updated_at");
  CREATE INDEX "_orgs_v_snapshot_idx" ON "_orgs_v" USING btree ("snapshot");
  CREATE INDEX "_orgs_v_published_locale_idx" ON "_orgs_v" USING btree ("published_locale");
  CREATE INDEX "_orgs_v_latest_idx" ON "_orgs_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_orgs_v_locales_locale_parent_id_unique" ON "_orgs_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "migo_items_order_idx" ON "migo_items" USING btree ("_order");
  CREATE INDEX "migo_items_parent_id_idx" ON "migo_items" USING btree ("_parent_id");
  CREATE INDEX "migo_items_article_idx" ON "migo_items" USING btree ("article_id");
  CREATE UNIQUE INDEX "migo_items_locales_locale_parent_id_unique" ON "migo_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "migo_sections_order_idx" ON "migo_sections" USING btree ("_order");
  CREATE INDEX "migo_sections_parent_id_idx" ON "migo_sections" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "migo_issue_number_idx" ON "migo" USING btree ("issue_number");
  CREATE UNIQUE INDEX "migo_slug_idx" ON "migo" USING btree ("slug");
  CREATE INDEX "migo_updated_at_idx" ON "migo" USING btree ("updated_at");
  CREATE INDEX "migo_created_at_idx" ON "migo" USING btree ("created_at");
  CREATE INDEX "migo__status_idx" ON "migo" USING btree ("_status");
  CREATE UNIQUE INDEX "migo_locales_locale_parent_id_unique" ON "migo_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_migo_items_v_order_idx" ON "_migo_items_v" USING btree ("_order");
  CREATE INDEX "_migo_items_v_parent_id_idx" ON "_migo_items_v" USING btree ("_parent_id");
  CREATE INDEX "_migo_items_v_article_idx" ON "_migo_items_v" USING btree ("article_id");
  CREATE UNIQUE INDEX "_migo_items_v_locales_locale_parent_id_unique" ON "_migo_items_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_migo_sections_v_order_idx" ON "_migo_sections_v" USING btree ("_order");
  CREATE INDEX "_migo_sections_v_parent_id_idx" ON "_migo_sections_v" USING btree ("_parent_id");
  CREATE INDEX "_migo_v_parent_idx" ON "_migo_v" USING btree ("parent_id");
  CREATE INDEX "_migo_v_version_version_issue_number_idx" ON "_migo_v" USING btree ("version_issue_number");
  CREATE INDEX "_migo_v_version_version_slug_idx" ON "_migo_v" USING btree ("version_slug");
  CREATE INDEX "_migo_v_version_version_updated_at_idx" ON "_migo_v" USING btree ("version_updated_at");
  CREATE INDEX "_migo_v_version_version_created_at_idx" ON "_migo_v" USING btree ("version_created_at");
  CREATE INDEX "_migo_v_version_version__status_idx" ON "_migo_v" USING btree ("version__status");
  CREATE INDEX "_migo_v_created_at_idx" ON "_migo_v" USING btree ("created_at");
  CREATE INDEX "_migo_v_updated_at_idx" ON "_migo_v" USING btree ("updated_at");
  CREATE INDEX "_migo_v_snapshot_idx" ON "_migo_v" USING btree ("snapshot");
  CREATE INDEX "_migo_v_published_locale_idx" ON "_migo_v" USING btree ("published_locale");
  CREATE INDEX "_migo_v_latest_idx" ON "_migo_v" USING btree ("latest");
  CREATE INDEX "_migo_v_autosave_idx" ON "_migo_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_migo_v_locales_locale_parent_id_unique" ON "_migo_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "site_settings_social_links_order_idx" ON "site_settings_social_links" USING btree ("_order");
  CREATE INDEX "site_settings_social_links_parent_id_idx" ON "site_settings_social_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_header_order_idx" ON "navigation_header" USING btree ("_order");
  CREATE INDEX "navigation_header_parent_id_idx" ON "navigation_header" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "navigation_header_locales_locale_parent_id_unique" ON "navigation_header_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_footer_order_idx" ON "navigation_footer" USING btree ("_order");
  CREATE INDEX "navigation_footer_parent_id_idx" ON "navigation_footer" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "navigation_footer_locales_locale_parent_id_unique" ON "navigation_footer_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_organisations_fk" FOREIGN KEY ("orgs_id") REFERENCES "public"."orgs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_issues_fk" FOREIGN KEY ("migo_id") REFERENCES "public"."migo"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_orgs_id_idx" ON "payload_locked_documents_rels" USING btree ("orgs_id");
  CREATE INDEX "payload_locked_documents_rels_migo_id_idx" ON "payload_locked_documents_rels" USING btree ("migo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orgs_countries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orgs_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orgs_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_social" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orgs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "orgs_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_orgs_v_version_countries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_orgs_v_version_fields" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_orgs_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_org_social_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_orgs_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_orgs_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "migo_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "migo_items_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "migo_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "migo" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "migo_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_migo_items_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_migo_items_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_migo_sections_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_migo_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_migo_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_social_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_header" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_header_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_footer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation_footer_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "navigation" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "orgs_countries" CASCADE;
  DROP TABLE "orgs_fields" CASCADE;
  DROP TABLE "orgs_languages" CASCADE;
  DROP TABLE "org_social" CASCADE;
  DROP TABLE "orgs" CASCADE;
  DROP TABLE "orgs_locales" CASCADE;
  DROP TABLE "_orgs_v_version_countries" CASCADE;
  DROP TABLE "_orgs_v_version_fields" CASCADE;
  DROP TABLE "_orgs_v_version_languages" CASCADE;
  DROP TABLE "_org_social_v" CASCADE;
  DROP TABLE "_orgs_v" CASCADE;
  DROP TABLE "_orgs_v_locales" CASCADE;
  DROP TABLE "migo_items" CASCADE;
  DROP TABLE "migo_items_locales" CASCADE;
  DROP TABLE "migo_sections" CASCADE;
  DROP TABLE "migo" CASCADE;
  DROP TABLE "migo_locales" CASCADE;
  DROP TABLE "_migo_items_v" CASCADE;
  DROP TABLE "_migo_items_v_locales" CASCADE;
  DROP TABLE "_migo_sections_v" CASCADE;
  DROP TABLE "_migo_v" CASCADE;
  DROP TABLE "_migo_v_locales" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "site_settings_social_links" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TABLE "navigation_header" CASCADE;
  DROP TABLE "navigation_header_locales" CASCADE;
  DROP TABLE "navigation_footer" CASCADE;
  DROP TABLE "navigation_footer_locales" CASCADE;
  DROP TABLE "navigation" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_categories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_media_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_member_organisations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_issues_fk";
  
  DROP INDEX "payload_locked_documents_rels_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_categories_id_idx";
  DROP INDEX "payload_locked_documents_rels_media_id_idx";
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_orgs_id_idx";
  DROP INDEX "payload_locked_documents_rels_migo_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "media_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "orgs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "migo_id";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_orgs_countries";
  DROP TYPE "public"."enum_orgs_fields";
  DROP TYPE "public"."enum_orgs_languages";
  DROP TYPE "public"."enum_org_social_platform";
  DROP TYPE "public"."enum_orgs_membership";
  DROP TYPE "public"."enum_orgs_district";
  DROP TYPE "public"."enum_orgs_status";
  DROP TYPE "public"."enum__orgs_v_version_countries";
  DROP TYPE "public"."enum__orgs_v_version_fields";
  DROP TYPE "public"."enum__orgs_v_version_languages";
  DROP TYPE "public"."enum__org_social_v_platform";
  DROP TYPE "public"."enum__orgs_v_version_district";
  DROP TYPE "public"."enum__orgs_v_version_status";
  DROP TYPE "public"."enum__orgs_v_published_locale";
  DROP TYPE "public"."enum_migo_sections_topic";
  DROP TYPE "public"."enum_migo_send_status";
  DROP TYPE "public"."enum_migo_status";
  DROP TYPE "public"."enum__migo_sections_v_topic";
  DROP TYPE "public"."enum__migo_v_version_send_status";
  DROP TYPE "public"."enum__migo_v_version_status";
  DROP TYPE "public"."enum__migo_v_published_locale";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
