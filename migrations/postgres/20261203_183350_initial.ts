import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_bylines_role" AS ENUM('reporter', 'multimedia-reporter', 'special-correspondent', 'correspondent', 'text', 'photo', 'image');
  CREATE TYPE "public"."enum_articles_credits_role" AS ENUM('board', 'layout', 'editor', 'final');
  CREATE TYPE "public"."enum_articles_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_articles_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_articles_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_articles_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum_articles_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_bylines_role" AS ENUM('reporter', 'multimedia-reporter', 'special-correspondent', 'correspondent', 'text', 'photo', 'image');
  CREATE TYPE "public"."enum__articles_v_version_credits_role" AS ENUM('board', 'layout', 'editor', 'final');
  CREATE TYPE "public"."enum__articles_v_version_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__articles_v_version_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__articles_v_version_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__articles_v_version_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum__articles_v_version_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_model_workers_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_model_workers_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_model_workers_kind" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum_model_workers_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_model_workers_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum_model_workers_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum_model_workers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__model_workers_v_version_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__model_workers_v_version_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__model_workers_v_version_kind" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum__model_workers_v_version_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__model_workers_v_version_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum__model_workers_v_version_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum__model_workers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_galleries_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_galleries_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_galleries_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_galleries_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum_galleries_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum_galleries_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__galleries_v_version_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__galleries_v_version_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__galleries_v_version_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__galleries_v_version_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum__galleries_v_version_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum__galleries_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_video_campaigns_episodes_source" AS ENUM('upload', 'embed');
  CREATE TYPE "public"."enum_video_campaigns_recognitions_level" AS ENUM('national', 'provincial', 'city', 'county', 'industry');
  CREATE TYPE "public"."enum_video_campaigns_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_video_campaigns_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_video_campaigns_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_video_campaigns_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum_video_campaigns_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum_video_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__video_campaigns_v_version_episodes_source" AS ENUM('upload', 'embed');
  CREATE TYPE "public"."enum__video_campaigns_v_version_recognitions_level" AS ENUM('national', 'provincial', 'city', 'county', 'industry');
  CREATE TYPE "public"."enum__video_campaigns_v_version_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__video_campaigns_v_version_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__video_campaigns_v_version_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__video_campaigns_v_version_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum__video_campaigns_v_version_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum__video_campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_yearly_reviews_bylines_role" AS ENUM('reporter', 'multimedia-reporter', 'special-correspondent', 'correspondent', 'text', 'photo', 'image');
  CREATE TYPE "public"."enum_yearly_reviews_key_figures_qualifier" AS ENUM('odd', 'more', 'nearly', 'over', 'above', 'about');
  CREATE TYPE "public"."enum_yearly_reviews_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_yearly_reviews_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_yearly_reviews_credits_role" AS ENUM('board', 'layout', 'editor', 'final');
  CREATE TYPE "public"."enum_yearly_reviews_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum_yearly_reviews_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum_yearly_reviews_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum_yearly_reviews_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_bylines_role" AS ENUM('reporter', 'multimedia-reporter', 'special-correspondent', 'correspondent', 'text', 'photo', 'image');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_key_figures_qualifier" AS ENUM('odd', 'more', 'nearly', 'over', 'above', 'about');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_review_log_from" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_review_log_to" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_credits_role" AS ENUM('board', 'layout', 'editor', 'final');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_review_stage" AS ENUM('draft', 'submitted', 'edited', 'approved', 'returned');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_proof_pass" AS ENUM('first', 'second', 'third');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_wechat_state" AS ENUM('created', 'updated');
  CREATE TYPE "public"."enum__yearly_reviews_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organizations_level" AS ENUM('national', 'provincial', 'city', 'county', 'industry', 'enterprise');
  CREATE TYPE "public"."enum_honors_level" AS ENUM('national', 'provincial', 'city', 'county', 'industry');
  CREATE TYPE "public"."enum_honors_recipient_type" AS ENUM('individual', 'collective');
  CREATE TYPE "public"."enum_sensitive_words_category" AS ENUM('political', 'standard', 'privacy', 'vulgar', 'advertising', 'other');
  CREATE TYPE "public"."enum_sensitive_words_action" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'chief-editor', 'editor', 'reporter');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishSite', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishSite', 'schedulePublish');
  CREATE TABLE "articles_bylines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_articles_bylines_role",
  	"name" varchar,
  	"user_id" integer
  );
  
  CREATE TABLE "articles_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_articles_credits_role",
  	"name" varchar
  );
  
  CREATE TABLE "articles_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum_articles_review_log_from",
  	"to" "enum_articles_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"subtitle" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"source_publication" varchar,
  	"source_page" varchar,
  	"source_issue_date" timestamp(3) with time zone,
  	"featured" boolean DEFAULT false,
  	"review_stage" "enum_articles_review_stage" DEFAULT 'draft',
  	"review_comment" varchar,
  	"proof_pass" "enum_articles_proof_pass",
  	"short_title" varchar,
  	"wechat_media_id" varchar,
  	"wechat_pushed_at" timestamp(3) with time zone,
  	"wechat_pushed_by_id" integer,
  	"wechat_state" "enum_articles_wechat_state",
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"import_hash" varchar,
  	"organization_id" integer,
  	"created_by_id" integer,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"model_workers_id" integer,
  	"galleries_id" integer,
  	"video_campaigns_id" integer,
  	"yearly_reviews_id" integer
  );
  
  CREATE TABLE "_articles_v_version_bylines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum__articles_v_version_bylines_role",
  	"name" varchar,
  	"user_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum__articles_v_version_credits_role",
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum__articles_v_version_review_log_from",
  	"to" "enum__articles_v_version_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_source_publication" varchar,
  	"version_source_page" varchar,
  	"version_source_issue_date" timestamp(3) with time zone,
  	"version_featured" boolean DEFAULT false,
  	"version_review_stage" "enum__articles_v_version_review_stage" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_proof_pass" "enum__articles_v_version_proof_pass",
  	"version_short_title" varchar,
  	"version_wechat_media_id" varchar,
  	"version_wechat_pushed_at" timestamp(3) with time zone,
  	"version_wechat_pushed_by_id" integer,
  	"version_wechat_state" "enum__articles_v_version_wechat_state",
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_import_hash" varchar,
  	"version_organization_id" integer,
  	"version_created_by_id" integer,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"model_workers_id" integer,
  	"galleries_id" integer,
  	"video_campaigns_id" integer,
  	"yearly_reviews_id" integer
  );
  
  CREATE TABLE "model_workers_honors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"honor_id" integer,
  	"year" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "model_workers_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum_model_workers_review_log_from",
  	"to" "enum_model_workers_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar
  );
  
  CREATE TABLE "model_workers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"kind" "enum_model_workers_kind" DEFAULT 'individual',
  	"portrait_id" integer,
  	"employer" varchar,
  	"position" varchar,
  	"region_province" varchar,
  	"region_city" varchar,
  	"region_district" varchar,
  	"innovation_studio_name" varchar,
  	"innovation_studio_description" varchar,
  	"biography" jsonb,
  	"quote" varchar,
  	"publication_consent" boolean DEFAULT false,
  	"review_stage" "enum_model_workers_review_stage" DEFAULT 'draft',
  	"review_comment" varchar,
  	"proof_pass" "enum_model_workers_proof_pass",
  	"short_title" varchar,
  	"wechat_media_id" varchar,
  	"wechat_pushed_at" timestamp(3) with time zone,
  	"wechat_pushed_by_id" integer,
  	"wechat_state" "enum_model_workers_wechat_state",
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"organization_id" integer,
  	"created_by_id" integer,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_model_workers_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "model_workers_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer
  );
  
  CREATE TABLE "_model_workers_v_version_honors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"honor_id" integer,
  	"year" numeric,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_model_workers_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum__model_workers_v_version_review_log_from",
  	"to" "enum__model_workers_v_version_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_model_workers_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_kind" "enum__model_workers_v_version_kind" DEFAULT 'individual',
  	"version_portrait_id" integer,
  	"version_employer" varchar,
  	"version_position" varchar,
  	"version_region_province" varchar,
  	"version_region_city" varchar,
  	"version_region_district" varchar,
  	"version_innovation_studio_name" varchar,
  	"version_innovation_studio_description" varchar,
  	"version_biography" jsonb,
  	"version_quote" varchar,
  	"version_publication_consent" boolean DEFAULT false,
  	"version_review_stage" "enum__model_workers_v_version_review_stage" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_proof_pass" "enum__model_workers_v_version_proof_pass",
  	"version_short_title" varchar,
  	"version_wechat_media_id" varchar,
  	"version_wechat_pushed_at" timestamp(3) with time zone,
  	"version_wechat_pushed_by_id" integer,
  	"version_wechat_state" "enum__model_workers_v_version_wechat_state",
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_organization_id" integer,
  	"version_created_by_id" integer,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__model_workers_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_model_workers_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer
  );
  
  CREATE TABLE "galleries_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"photo_id" integer,
  	"caption" varchar,
  	"credit" varchar
  );
  
  CREATE TABLE "galleries_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum_galleries_review_log_from",
  	"to" "enum_galleries_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar
  );
  
  CREATE TABLE "galleries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"review_stage" "enum_galleries_review_stage" DEFAULT 'draft',
  	"review_comment" varchar,
  	"proof_pass" "enum_galleries_proof_pass",
  	"short_title" varchar,
  	"wechat_media_id" varchar,
  	"wechat_pushed_at" timestamp(3) with time zone,
  	"wechat_pushed_by_id" integer,
  	"wechat_state" "enum_galleries_wechat_state",
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"organization_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_galleries_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "galleries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_galleries_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"photo_id" integer,
  	"caption" varchar,
  	"credit" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_galleries_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum__galleries_v_version_review_log_from",
  	"to" "enum__galleries_v_version_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_galleries_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_review_stage" "enum__galleries_v_version_review_stage" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_proof_pass" "enum__galleries_v_version_proof_pass",
  	"version_short_title" varchar,
  	"version_wechat_media_id" varchar,
  	"version_wechat_pushed_at" timestamp(3) with time zone,
  	"version_wechat_pushed_by_id" integer,
  	"version_wechat_state" "enum__galleries_v_version_wechat_state",
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_organization_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__galleries_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_galleries_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "video_campaigns_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "video_campaigns_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "video_campaigns_episodes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"air_date" timestamp(3) with time zone,
  	"duration" numeric,
  	"source" "enum_video_campaigns_episodes_source" DEFAULT 'upload',
  	"file_id" integer,
  	"url" varchar,
  	"poster_id" integer,
  	"description" varchar
  );
  
  CREATE TABLE "video_campaigns_recognitions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"award" varchar,
  	"level" "enum_video_campaigns_recognitions_level",
  	"year" numeric
  );
  
  CREATE TABLE "video_campaigns_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum_video_campaigns_review_log_from",
  	"to" "enum_video_campaigns_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar
  );
  
  CREATE TABLE "video_campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"review_stage" "enum_video_campaigns_review_stage" DEFAULT 'draft',
  	"review_comment" varchar,
  	"proof_pass" "enum_video_campaigns_proof_pass",
  	"short_title" varchar,
  	"wechat_media_id" varchar,
  	"wechat_pushed_at" timestamp(3) with time zone,
  	"wechat_pushed_by_id" integer,
  	"wechat_state" "enum_video_campaigns_wechat_state",
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"organization_id" integer,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_video_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "video_campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_video_campaigns_v_version_partners" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_video_campaigns_v_version_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_video_campaigns_v_version_episodes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"air_date" timestamp(3) with time zone,
  	"duration" numeric,
  	"source" "enum__video_campaigns_v_version_episodes_source" DEFAULT 'upload',
  	"file_id" integer,
  	"url" varchar,
  	"poster_id" integer,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_video_campaigns_v_version_recognitions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"award" varchar,
  	"level" "enum__video_campaigns_v_version_recognitions_level",
  	"year" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_video_campaigns_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum__video_campaigns_v_version_review_log_from",
  	"to" "enum__video_campaigns_v_version_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_video_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_review_stage" "enum__video_campaigns_v_version_review_stage" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_proof_pass" "enum__video_campaigns_v_version_proof_pass",
  	"version_short_title" varchar,
  	"version_wechat_media_id" varchar,
  	"version_wechat_pushed_at" timestamp(3) with time zone,
  	"version_wechat_pushed_by_id" integer,
  	"version_wechat_state" "enum__video_campaigns_v_version_wechat_state",
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_organization_id" integer,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__video_campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_video_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "yearly_reviews_bylines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_yearly_reviews_bylines_role",
  	"name" varchar,
  	"user_id" integer
  );
  
  CREATE TABLE "yearly_reviews_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"qualifier" "enum_yearly_reviews_key_figures_qualifier",
  	"pillar" varchar,
  	"comparison_previous_value" numeric,
  	"comparison_note" varchar
  );
  
  CREATE TABLE "yearly_reviews_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"content" jsonb
  );
  
  CREATE TABLE "yearly_reviews_plans_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar
  );
  
  CREATE TABLE "yearly_reviews_plans" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "yearly_reviews_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum_yearly_reviews_review_log_from",
  	"to" "enum_yearly_reviews_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar
  );
  
  CREATE TABLE "yearly_reviews_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"role" "enum_yearly_reviews_credits_role",
  	"name" varchar
  );
  
  CREATE TABLE "yearly_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"subtitle" varchar,
  	"period_first_year" numeric,
  	"period_last_year" numeric,
  	"lead" varchar,
  	"cover_id" integer,
  	"review_stage" "enum_yearly_reviews_review_stage" DEFAULT 'draft',
  	"review_comment" varchar,
  	"proof_pass" "enum_yearly_reviews_proof_pass",
  	"short_title" varchar,
  	"wechat_media_id" varchar,
  	"wechat_pushed_at" timestamp(3) with time zone,
  	"wechat_pushed_by_id" integer,
  	"wechat_state" "enum_yearly_reviews_wechat_state",
  	"source_publication" varchar,
  	"source_page" varchar,
  	"source_issue_date" timestamp(3) with time zone,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"import_hash" varchar,
  	"organization_id" integer,
  	"created_by_id" integer,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_yearly_reviews_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "yearly_reviews_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"articles_id" integer,
  	"model_workers_id" integer,
  	"galleries_id" integer,
  	"video_campaigns_id" integer
  );
  
  CREATE TABLE "_yearly_reviews_v_version_bylines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum__yearly_reviews_v_version_bylines_role",
  	"name" varchar,
  	"user_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_yearly_reviews_v_version_key_figures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"qualifier" "enum__yearly_reviews_v_version_key_figures_qualifier",
  	"pillar" varchar,
  	"comparison_previous_value" numeric,
  	"comparison_note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_yearly_reviews_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"content" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_yearly_reviews_v_version_plans_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_yearly_reviews_v_version_plans" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_yearly_reviews_v_version_review_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"from" "enum__yearly_reviews_v_version_review_log_from",
  	"to" "enum__yearly_reviews_v_version_review_log_to",
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"at" timestamp(3) with time zone,
  	"comment" varchar,
  	"proof_pass" varchar,
  	"warnings" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_yearly_reviews_v_version_credits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum__yearly_reviews_v_version_credits_role",
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_yearly_reviews_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_period_first_year" numeric,
  	"version_period_last_year" numeric,
  	"version_lead" varchar,
  	"version_cover_id" integer,
  	"version_review_stage" "enum__yearly_reviews_v_version_review_stage" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_proof_pass" "enum__yearly_reviews_v_version_proof_pass",
  	"version_short_title" varchar,
  	"version_wechat_media_id" varchar,
  	"version_wechat_pushed_at" timestamp(3) with time zone,
  	"version_wechat_pushed_by_id" integer,
  	"version_wechat_state" "enum__yearly_reviews_v_version_wechat_state",
  	"version_source_publication" varchar,
  	"version_source_page" varchar,
  	"version_source_issue_date" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_import_hash" varchar,
  	"version_organization_id" integer,
  	"version_created_by_id" integer,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__yearly_reviews_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_yearly_reviews_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"articles_id" integer,
  	"model_workers_id" integer,
  	"galleries_id" integer,
  	"video_campaigns_id" integer
  );
  
  CREATE TABLE "media_change_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"fields" varchar,
  	"detail" varchar
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"credit" varchar,
  	"taken_at" timestamp(3) with time zone,
  	"place" varchar,
  	"event" varchar,
  	"organization_id" integer,
  	"public_use" boolean DEFAULT false,
  	"created_by_id" integer,
  	"used_by_published" boolean,
  	"used_by" varchar,
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
  	"sizes_feature_url" varchar,
  	"sizes_feature_width" numeric,
  	"sizes_feature_height" numeric,
  	"sizes_feature_mime_type" varchar,
  	"sizes_feature_filesize" numeric,
  	"sizes_feature_filename" varchar,
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
  	"sizes_social_filename" varchar,
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
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"model_workers_id" integer
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"description" varchar,
  	"order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"short_name" varchar,
  	"slug" varchar,
  	"level" "enum_organizations_level" NOT NULL,
  	"region_province" varchar,
  	"region_city" varchar,
  	"region_district" varchar,
  	"parent_id" integer,
  	"logo_id" integer,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "honors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"level" "enum_honors_level" NOT NULL,
  	"recipient_type" "enum_honors_recipient_type" DEFAULT 'individual' NOT NULL,
  	"awarding_body" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sensitive_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"word" varchar NOT NULL,
  	"category" "enum_sensitive_words_category" DEFAULT 'other',
  	"action" "enum_sensitive_words_action" DEFAULT 'warn' NOT NULL,
  	"replacement" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"organization_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
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
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"model_workers_id" integer,
  	"galleries_id" integer,
  	"video_campaigns_id" integer,
  	"yearly_reviews_id" integer,
  	"media_id" integer,
  	"topics_id" integer,
  	"organizations_id" integer,
  	"honors_id" integer,
  	"sensitive_words_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles_bylines" ADD CONSTRAINT "articles_bylines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_bylines" ADD CONSTRAINT "articles_bylines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_credits" ADD CONSTRAINT "articles_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_review_log" ADD CONSTRAINT "articles_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_review_log" ADD CONSTRAINT "articles_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_bylines" ADD CONSTRAINT "_articles_v_version_bylines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_bylines" ADD CONSTRAINT "_articles_v_version_bylines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_credits" ADD CONSTRAINT "_articles_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_log" ADD CONSTRAINT "_articles_v_version_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_review_log" ADD CONSTRAINT "_articles_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("version_wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers_honors" ADD CONSTRAINT "model_workers_honors_honor_id_honors_id_fk" FOREIGN KEY ("honor_id") REFERENCES "public"."honors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "model_workers_honors" ADD CONSTRAINT "model_workers_honors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers_review_log" ADD CONSTRAINT "model_workers_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "model_workers_review_log" ADD CONSTRAINT "model_workers_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers" ADD CONSTRAINT "model_workers_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "model_workers" ADD CONSTRAINT "model_workers_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "model_workers" ADD CONSTRAINT "model_workers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "model_workers" ADD CONSTRAINT "model_workers_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "model_workers_rels" ADD CONSTRAINT "model_workers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers_rels" ADD CONSTRAINT "model_workers_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v_version_honors" ADD CONSTRAINT "_model_workers_v_version_honors_honor_id_honors_id_fk" FOREIGN KEY ("honor_id") REFERENCES "public"."honors"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v_version_honors" ADD CONSTRAINT "_model_workers_v_version_honors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_model_workers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v_version_review_log" ADD CONSTRAINT "_model_workers_v_version_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v_version_review_log" ADD CONSTRAINT "_model_workers_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_model_workers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_parent_id_model_workers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."model_workers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_version_portrait_id_media_id_fk" FOREIGN KEY ("version_portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_version_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("version_wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v_rels" ADD CONSTRAINT "_model_workers_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_model_workers_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v_rels" ADD CONSTRAINT "_model_workers_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_items" ADD CONSTRAINT "galleries_items_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries_items" ADD CONSTRAINT "galleries_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_review_log" ADD CONSTRAINT "galleries_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries_review_log" ADD CONSTRAINT "galleries_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries" ADD CONSTRAINT "galleries_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries" ADD CONSTRAINT "galleries_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries" ADD CONSTRAINT "galleries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries" ADD CONSTRAINT "galleries_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_items" ADD CONSTRAINT "_galleries_v_version_items_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_items" ADD CONSTRAINT "_galleries_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_galleries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_review_log" ADD CONSTRAINT "_galleries_v_version_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v_version_review_log" ADD CONSTRAINT "_galleries_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_galleries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_parent_id_galleries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."galleries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_version_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("version_wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v" ADD CONSTRAINT "_galleries_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_galleries_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_partners" ADD CONSTRAINT "video_campaigns_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_channels" ADD CONSTRAINT "video_campaigns_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_episodes" ADD CONSTRAINT "video_campaigns_episodes_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_campaigns_episodes" ADD CONSTRAINT "video_campaigns_episodes_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_campaigns_episodes" ADD CONSTRAINT "video_campaigns_episodes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_recognitions" ADD CONSTRAINT "video_campaigns_recognitions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_review_log" ADD CONSTRAINT "video_campaigns_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_campaigns_review_log" ADD CONSTRAINT "video_campaigns_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns" ADD CONSTRAINT "video_campaigns_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_campaigns" ADD CONSTRAINT "video_campaigns_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_campaigns" ADD CONSTRAINT "video_campaigns_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_campaigns" ADD CONSTRAINT "video_campaigns_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_version_partners" ADD CONSTRAINT "_video_campaigns_v_version_partners_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_video_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_version_channels" ADD CONSTRAINT "_video_campaigns_v_version_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_video_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_version_episodes" ADD CONSTRAINT "_video_campaigns_v_version_episodes_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_version_episodes" ADD CONSTRAINT "_video_campaigns_v_version_episodes_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_version_episodes" ADD CONSTRAINT "_video_campaigns_v_version_episodes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_video_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_version_recognitions" ADD CONSTRAINT "_video_campaigns_v_version_recognitions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_video_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_version_review_log" ADD CONSTRAINT "_video_campaigns_v_version_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_version_review_log" ADD CONSTRAINT "_video_campaigns_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_video_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v" ADD CONSTRAINT "_video_campaigns_v_parent_id_video_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."video_campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v" ADD CONSTRAINT "_video_campaigns_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v" ADD CONSTRAINT "_video_campaigns_v_version_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("version_wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v" ADD CONSTRAINT "_video_campaigns_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v" ADD CONSTRAINT "_video_campaigns_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_video_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_bylines" ADD CONSTRAINT "yearly_reviews_bylines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "yearly_reviews_bylines" ADD CONSTRAINT "yearly_reviews_bylines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_key_figures" ADD CONSTRAINT "yearly_reviews_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_sections" ADD CONSTRAINT "yearly_reviews_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_plans_targets" ADD CONSTRAINT "yearly_reviews_plans_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."yearly_reviews_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_plans" ADD CONSTRAINT "yearly_reviews_plans_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_review_log" ADD CONSTRAINT "yearly_reviews_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "yearly_reviews_review_log" ADD CONSTRAINT "yearly_reviews_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_credits" ADD CONSTRAINT "yearly_reviews_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews" ADD CONSTRAINT "yearly_reviews_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "yearly_reviews" ADD CONSTRAINT "yearly_reviews_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "yearly_reviews" ADD CONSTRAINT "yearly_reviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "yearly_reviews" ADD CONSTRAINT "yearly_reviews_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_bylines" ADD CONSTRAINT "_yearly_reviews_v_version_bylines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_bylines" ADD CONSTRAINT "_yearly_reviews_v_version_bylines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_yearly_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_key_figures" ADD CONSTRAINT "_yearly_reviews_v_version_key_figures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_yearly_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_sections" ADD CONSTRAINT "_yearly_reviews_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_yearly_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_plans_targets" ADD CONSTRAINT "_yearly_reviews_v_version_plans_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_yearly_reviews_v_version_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_plans" ADD CONSTRAINT "_yearly_reviews_v_version_plans_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_yearly_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_review_log" ADD CONSTRAINT "_yearly_reviews_v_version_review_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_review_log" ADD CONSTRAINT "_yearly_reviews_v_version_review_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_yearly_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_version_credits" ADD CONSTRAINT "_yearly_reviews_v_version_credits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_yearly_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v" ADD CONSTRAINT "_yearly_reviews_v_parent_id_yearly_reviews_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v" ADD CONSTRAINT "_yearly_reviews_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v" ADD CONSTRAINT "_yearly_reviews_v_version_wechat_pushed_by_id_users_id_fk" FOREIGN KEY ("version_wechat_pushed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v" ADD CONSTRAINT "_yearly_reviews_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v" ADD CONSTRAINT "_yearly_reviews_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_yearly_reviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_change_log" ADD CONSTRAINT "media_change_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_change_log" ADD CONSTRAINT "media_change_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_honors_fk" FOREIGN KEY ("honors_id") REFERENCES "public"."honors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sensitive_words_fk" FOREIGN KEY ("sensitive_words_id") REFERENCES "public"."sensitive_words"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_bylines_order_idx" ON "articles_bylines" USING btree ("_order");
  CREATE INDEX "articles_bylines_parent_id_idx" ON "articles_bylines" USING btree ("_parent_id");
  CREATE INDEX "articles_bylines_user_idx" ON "articles_bylines" USING btree ("user_id");
  CREATE INDEX "articles_credits_order_idx" ON "articles_credits" USING btree ("_order");
  CREATE INDEX "articles_credits_parent_id_idx" ON "articles_credits" USING btree ("_parent_id");
  CREATE INDEX "articles_review_log_order_idx" ON "articles_review_log" USING btree ("_order");
  CREATE INDEX "articles_review_log_parent_id_idx" ON "articles_review_log" USING btree ("_parent_id");
  CREATE INDEX "articles_review_log_user_idx" ON "articles_review_log" USING btree ("user_id");
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE INDEX "articles_review_stage_idx" ON "articles" USING btree ("review_stage");
  CREATE INDEX "articles_wechat_wechat_pushed_by_idx" ON "articles" USING btree ("wechat_pushed_by_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_import_hash_idx" ON "articles" USING btree ("import_hash");
  CREATE INDEX "articles_organization_idx" ON "articles" USING btree ("organization_id");
  CREATE INDEX "articles_created_by_idx" ON "articles" USING btree ("created_by_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "articles_rels_model_workers_id_idx" ON "articles_rels" USING btree ("model_workers_id");
  CREATE INDEX "articles_rels_galleries_id_idx" ON "articles_rels" USING btree ("galleries_id");
  CREATE INDEX "articles_rels_video_campaigns_id_idx" ON "articles_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "articles_rels_yearly_reviews_id_idx" ON "articles_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "_articles_v_version_bylines_order_idx" ON "_articles_v_version_bylines" USING btree ("_order");
  CREATE INDEX "_articles_v_version_bylines_parent_id_idx" ON "_articles_v_version_bylines" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_bylines_user_idx" ON "_articles_v_version_bylines" USING btree ("user_id");
  CREATE INDEX "_articles_v_version_credits_order_idx" ON "_articles_v_version_credits" USING btree ("_order");
  CREATE INDEX "_articles_v_version_credits_parent_id_idx" ON "_articles_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_review_log_order_idx" ON "_articles_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_articles_v_version_review_log_parent_id_idx" ON "_articles_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_review_log_user_idx" ON "_articles_v_version_review_log" USING btree ("user_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_review_stage_idx" ON "_articles_v" USING btree ("version_review_stage");
  CREATE INDEX "_articles_v_version_wechat_version_wechat_pushed_by_idx" ON "_articles_v" USING btree ("version_wechat_pushed_by_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_import_hash_idx" ON "_articles_v" USING btree ("version_import_hash");
  CREATE INDEX "_articles_v_version_version_organization_idx" ON "_articles_v" USING btree ("version_organization_id");
  CREATE INDEX "_articles_v_version_version_created_by_idx" ON "_articles_v" USING btree ("version_created_by_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_rels_model_workers_id_idx" ON "_articles_v_rels" USING btree ("model_workers_id");
  CREATE INDEX "_articles_v_rels_galleries_id_idx" ON "_articles_v_rels" USING btree ("galleries_id");
  CREATE INDEX "_articles_v_rels_video_campaigns_id_idx" ON "_articles_v_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "_articles_v_rels_yearly_reviews_id_idx" ON "_articles_v_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "model_workers_honors_order_idx" ON "model_workers_honors" USING btree ("_order");
  CREATE INDEX "model_workers_honors_parent_id_idx" ON "model_workers_honors" USING btree ("_parent_id");
  CREATE INDEX "model_workers_honors_honor_idx" ON "model_workers_honors" USING btree ("honor_id");
  CREATE INDEX "model_workers_review_log_order_idx" ON "model_workers_review_log" USING btree ("_order");
  CREATE INDEX "model_workers_review_log_parent_id_idx" ON "model_workers_review_log" USING btree ("_parent_id");
  CREATE INDEX "model_workers_review_log_user_idx" ON "model_workers_review_log" USING btree ("user_id");
  CREATE INDEX "model_workers_portrait_idx" ON "model_workers" USING btree ("portrait_id");
  CREATE INDEX "model_workers_review_stage_idx" ON "model_workers" USING btree ("review_stage");
  CREATE INDEX "model_workers_wechat_wechat_pushed_by_idx" ON "model_workers" USING btree ("wechat_pushed_by_id");
  CREATE UNIQUE INDEX "model_workers_slug_idx" ON "model_workers" USING btree ("slug");
  CREATE INDEX "model_workers_published_at_idx" ON "model_workers" USING btree ("published_at");
  CREATE INDEX "model_workers_organization_idx" ON "model_workers" USING btree ("organization_id");
  CREATE INDEX "model_workers_created_by_idx" ON "model_workers" USING btree ("created_by_id");
  CREATE INDEX "model_workers_updated_at_idx" ON "model_workers" USING btree ("updated_at");
  CREATE INDEX "model_workers_created_at_idx" ON "model_workers" USING btree ("created_at");
  CREATE INDEX "model_workers__status_idx" ON "model_workers" USING btree ("_status");
  CREATE INDEX "model_workers_rels_order_idx" ON "model_workers_rels" USING btree ("order");
  CREATE INDEX "model_workers_rels_parent_idx" ON "model_workers_rels" USING btree ("parent_id");
  CREATE INDEX "model_workers_rels_path_idx" ON "model_workers_rels" USING btree ("path");
  CREATE INDEX "model_workers_rels_articles_id_idx" ON "model_workers_rels" USING btree ("articles_id");
  CREATE INDEX "_model_workers_v_version_honors_order_idx" ON "_model_workers_v_version_honors" USING btree ("_order");
  CREATE INDEX "_model_workers_v_version_honors_parent_id_idx" ON "_model_workers_v_version_honors" USING btree ("_parent_id");
  CREATE INDEX "_model_workers_v_version_honors_honor_idx" ON "_model_workers_v_version_honors" USING btree ("honor_id");
  CREATE INDEX "_model_workers_v_version_review_log_order_idx" ON "_model_workers_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_model_workers_v_version_review_log_parent_id_idx" ON "_model_workers_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_model_workers_v_version_review_log_user_idx" ON "_model_workers_v_version_review_log" USING btree ("user_id");
  CREATE INDEX "_model_workers_v_parent_idx" ON "_model_workers_v" USING btree ("parent_id");
  CREATE INDEX "_model_workers_v_version_version_portrait_idx" ON "_model_workers_v" USING btree ("version_portrait_id");
  CREATE INDEX "_model_workers_v_version_version_review_stage_idx" ON "_model_workers_v" USING btree ("version_review_stage");
  CREATE INDEX "_model_workers_v_version_wechat_version_wechat_pushed_by_idx" ON "_model_workers_v" USING btree ("version_wechat_pushed_by_id");
  CREATE INDEX "_model_workers_v_version_version_slug_idx" ON "_model_workers_v" USING btree ("version_slug");
  CREATE INDEX "_model_workers_v_version_version_published_at_idx" ON "_model_workers_v" USING btree ("version_published_at");
  CREATE INDEX "_model_workers_v_version_version_organization_idx" ON "_model_workers_v" USING btree ("version_organization_id");
  CREATE INDEX "_model_workers_v_version_version_created_by_idx" ON "_model_workers_v" USING btree ("version_created_by_id");
  CREATE INDEX "_model_workers_v_version_version_updated_at_idx" ON "_model_workers_v" USING btree ("version_updated_at");
  CREATE INDEX "_model_workers_v_version_version_created_at_idx" ON "_model_workers_v" USING btree ("version_created_at");
  CREATE INDEX "_model_workers_v_version_version__status_idx" ON "_model_workers_v" USING btree ("version__status");
  CREATE INDEX "_model_workers_v_created_at_idx" ON "_model_workers_v" USING btree ("created_at");
  CREATE INDEX "_model_workers_v_updated_at_idx" ON "_model_workers_v" USING btree ("updated_at");
  CREATE INDEX "_model_workers_v_latest_idx" ON "_model_workers_v" USING btree ("latest");
  CREATE INDEX "_model_workers_v_rels_order_idx" ON "_model_workers_v_rels" USING btree ("order");
  CREATE INDEX "_model_workers_v_rels_parent_idx" ON "_model_workers_v_rels" USING btree ("parent_id");
  CREATE INDEX "_model_workers_v_rels_path_idx" ON "_model_workers_v_rels" USING btree ("path");
  CREATE INDEX "_model_workers_v_rels_articles_id_idx" ON "_model_workers_v_rels" USING btree ("articles_id");
  CREATE INDEX "galleries_items_order_idx" ON "galleries_items" USING btree ("_order");
  CREATE INDEX "galleries_items_parent_id_idx" ON "galleries_items" USING btree ("_parent_id");
  CREATE INDEX "galleries_items_photo_idx" ON "galleries_items" USING btree ("photo_id");
  CREATE INDEX "galleries_review_log_order_idx" ON "galleries_review_log" USING btree ("_order");
  CREATE INDEX "galleries_review_log_parent_id_idx" ON "galleries_review_log" USING btree ("_parent_id");
  CREATE INDEX "galleries_review_log_user_idx" ON "galleries_review_log" USING btree ("user_id");
  CREATE INDEX "galleries_cover_idx" ON "galleries" USING btree ("cover_id");
  CREATE INDEX "galleries_review_stage_idx" ON "galleries" USING btree ("review_stage");
  CREATE INDEX "galleries_wechat_wechat_pushed_by_idx" ON "galleries" USING btree ("wechat_pushed_by_id");
  CREATE UNIQUE INDEX "galleries_slug_idx" ON "galleries" USING btree ("slug");
  CREATE INDEX "galleries_published_at_idx" ON "galleries" USING btree ("published_at");
  CREATE INDEX "galleries_organization_idx" ON "galleries" USING btree ("organization_id");
  CREATE INDEX "galleries_created_by_idx" ON "galleries" USING btree ("created_by_id");
  CREATE INDEX "galleries_updated_at_idx" ON "galleries" USING btree ("updated_at");
  CREATE INDEX "galleries_created_at_idx" ON "galleries" USING btree ("created_at");
  CREATE INDEX "galleries__status_idx" ON "galleries" USING btree ("_status");
  CREATE INDEX "galleries_rels_order_idx" ON "galleries_rels" USING btree ("order");
  CREATE INDEX "galleries_rels_parent_idx" ON "galleries_rels" USING btree ("parent_id");
  CREATE INDEX "galleries_rels_path_idx" ON "galleries_rels" USING btree ("path");
  CREATE INDEX "galleries_rels_topics_id_idx" ON "galleries_rels" USING btree ("topics_id");
  CREATE INDEX "_galleries_v_version_items_order_idx" ON "_galleries_v_version_items" USING btree ("_order");
  CREATE INDEX "_galleries_v_version_items_parent_id_idx" ON "_galleries_v_version_items" USING btree ("_parent_id");
  CREATE INDEX "_galleries_v_version_items_photo_idx" ON "_galleries_v_version_items" USING btree ("photo_id");
  CREATE INDEX "_galleries_v_version_review_log_order_idx" ON "_galleries_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_galleries_v_version_review_log_parent_id_idx" ON "_galleries_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_galleries_v_version_review_log_user_idx" ON "_galleries_v_version_review_log" USING btree ("user_id");
  CREATE INDEX "_galleries_v_parent_idx" ON "_galleries_v" USING btree ("parent_id");
  CREATE INDEX "_galleries_v_version_version_cover_idx" ON "_galleries_v" USING btree ("version_cover_id");
  CREATE INDEX "_galleries_v_version_version_review_stage_idx" ON "_galleries_v" USING btree ("version_review_stage");
  CREATE INDEX "_galleries_v_version_wechat_version_wechat_pushed_by_idx" ON "_galleries_v" USING btree ("version_wechat_pushed_by_id");
  CREATE INDEX "_galleries_v_version_version_slug_idx" ON "_galleries_v" USING btree ("version_slug");
  CREATE INDEX "_galleries_v_version_version_published_at_idx" ON "_galleries_v" USING btree ("version_published_at");
  CREATE INDEX "_galleries_v_version_version_organization_idx" ON "_galleries_v" USING btree ("version_organization_id");
  CREATE INDEX "_galleries_v_version_version_created_by_idx" ON "_galleries_v" USING btree ("version_created_by_id");
  CREATE INDEX "_galleries_v_version_version_updated_at_idx" ON "_galleries_v" USING btree ("version_updated_at");
  CREATE INDEX "_galleries_v_version_version_created_at_idx" ON "_galleries_v" USING btree ("version_created_at");
  CREATE INDEX "_galleries_v_version_version__status_idx" ON "_galleries_v" USING btree ("version__status");
  CREATE INDEX "_galleries_v_created_at_idx" ON "_galleries_v" USING btree ("created_at");
  CREATE INDEX "_galleries_v_updated_at_idx" ON "_galleries_v" USING btree ("updated_at");
  CREATE INDEX "_galleries_v_latest_idx" ON "_galleries_v" USING btree ("latest");
  CREATE INDEX "_galleries_v_rels_order_idx" ON "_galleries_v_rels" USING btree ("order");
  CREATE INDEX "_galleries_v_rels_parent_idx" ON "_galleries_v_rels" USING btree ("parent_id");
  CREATE INDEX "_galleries_v_rels_path_idx" ON "_galleries_v_rels" USING btree ("path");
  CREATE INDEX "_galleries_v_rels_topics_id_idx" ON "_galleries_v_rels" USING btree ("topics_id");
  CREATE INDEX "video_campaigns_partners_order_idx" ON "video_campaigns_partners" USING btree ("_order");
  CREATE INDEX "video_campaigns_partners_parent_id_idx" ON "video_campaigns_partners" USING btree ("_parent_id");
  CREATE INDEX "video_campaigns_channels_order_idx" ON "video_campaigns_channels" USING btree ("_order");
  CREATE INDEX "video_campaigns_channels_parent_id_idx" ON "video_campaigns_channels" USING btree ("_parent_id");
  CREATE INDEX "video_campaigns_episodes_order_idx" ON "video_campaigns_episodes" USING btree ("_order");
  CREATE INDEX "video_campaigns_episodes_parent_id_idx" ON "video_campaigns_episodes" USING btree ("_parent_id");
  CREATE INDEX "video_campaigns_episodes_file_idx" ON "video_campaigns_episodes" USING btree ("file_id");
  CREATE INDEX "video_campaigns_episodes_poster_idx" ON "video_campaigns_episodes" USING btree ("poster_id");
  CREATE INDEX "video_campaigns_recognitions_order_idx" ON "video_campaigns_recognitions" USING btree ("_order");
  CREATE INDEX "video_campaigns_recognitions_parent_id_idx" ON "video_campaigns_recognitions" USING btree ("_parent_id");
  CREATE INDEX "video_campaigns_review_log_order_idx" ON "video_campaigns_review_log" USING btree ("_order");
  CREATE INDEX "video_campaigns_review_log_parent_id_idx" ON "video_campaigns_review_log" USING btree ("_parent_id");
  CREATE INDEX "video_campaigns_review_log_user_idx" ON "video_campaigns_review_log" USING btree ("user_id");
  CREATE INDEX "video_campaigns_cover_idx" ON "video_campaigns" USING btree ("cover_id");
  CREATE INDEX "video_campaigns_review_stage_idx" ON "video_campaigns" USING btree ("review_stage");
  CREATE INDEX "video_campaigns_wechat_wechat_pushed_by_idx" ON "video_campaigns" USING btree ("wechat_pushed_by_id");
  CREATE UNIQUE INDEX "video_campaigns_slug_idx" ON "video_campaigns" USING btree ("slug");
  CREATE INDEX "video_campaigns_published_at_idx" ON "video_campaigns" USING btree ("published_at");
  CREATE INDEX "video_campaigns_organization_idx" ON "video_campaigns" USING btree ("organization_id");
  CREATE INDEX "video_campaigns_created_by_idx" ON "video_campaigns" USING btree ("created_by_id");
  CREATE INDEX "video_campaigns_updated_at_idx" ON "video_campaigns" USING btree ("updated_at");
  CREATE INDEX "video_campaigns_created_at_idx" ON "video_campaigns" USING btree ("created_at");
  CREATE INDEX "video_campaigns__status_idx" ON "video_campaigns" USING btree ("_status");
  CREATE INDEX "video_campaigns_rels_order_idx" ON "video_campaigns_rels" USING btree ("order");
  CREATE INDEX "video_campaigns_rels_parent_idx" ON "video_campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "video_campaigns_rels_path_idx" ON "video_campaigns_rels" USING btree ("path");
  CREATE INDEX "video_campaigns_rels_articles_id_idx" ON "video_campaigns_rels" USING btree ("articles_id");
  CREATE INDEX "video_campaigns_rels_topics_id_idx" ON "video_campaigns_rels" USING btree ("topics_id");
  CREATE INDEX "_video_campaigns_v_version_partners_order_idx" ON "_video_campaigns_v_version_partners" USING btree ("_order");
  CREATE INDEX "_video_campaigns_v_version_partners_parent_id_idx" ON "_video_campaigns_v_version_partners" USING btree ("_parent_id");
  CREATE INDEX "_video_campaigns_v_version_channels_order_idx" ON "_video_campaigns_v_version_channels" USING btree ("_order");
  CREATE INDEX "_video_campaigns_v_version_channels_parent_id_idx" ON "_video_campaigns_v_version_channels" USING btree ("_parent_id");
  CREATE INDEX "_video_campaigns_v_version_episodes_order_idx" ON "_video_campaigns_v_version_episodes" USING btree ("_order");
  CREATE INDEX "_video_campaigns_v_version_episodes_parent_id_idx" ON "_video_campaigns_v_version_episodes" USING btree ("_parent_id");
  CREATE INDEX "_video_campaigns_v_version_episodes_file_idx" ON "_video_campaigns_v_version_episodes" USING btree ("file_id");
  CREATE INDEX "_video_campaigns_v_version_episodes_poster_idx" ON "_video_campaigns_v_version_episodes" USING btree ("poster_id");
  CREATE INDEX "_video_campaigns_v_version_recognitions_order_idx" ON "_video_campaigns_v_version_recognitions" USING btree ("_order");
  CREATE INDEX "_video_campaigns_v_version_recognitions_parent_id_idx" ON "_video_campaigns_v_version_recognitions" USING btree ("_parent_id");
  CREATE INDEX "_video_campaigns_v_version_review_log_order_idx" ON "_video_campaigns_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_video_campaigns_v_version_review_log_parent_id_idx" ON "_video_campaigns_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_video_campaigns_v_version_review_log_user_idx" ON "_video_campaigns_v_version_review_log" USING btree ("user_id");
  CREATE INDEX "_video_campaigns_v_parent_idx" ON "_video_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_video_campaigns_v_version_version_cover_idx" ON "_video_campaigns_v" USING btree ("version_cover_id");
  CREATE INDEX "_video_campaigns_v_version_version_review_stage_idx" ON "_video_campaigns_v" USING btree ("version_review_stage");
  CREATE INDEX "_video_campaigns_v_version_wechat_version_wechat_pushed__idx" ON "_video_campaigns_v" USING btree ("version_wechat_pushed_by_id");
  CREATE INDEX "_video_campaigns_v_version_version_slug_idx" ON "_video_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_video_campaigns_v_version_version_published_at_idx" ON "_video_campaigns_v" USING btree ("version_published_at");
  CREATE INDEX "_video_campaigns_v_version_version_organization_idx" ON "_video_campaigns_v" USING btree ("version_organization_id");
  CREATE INDEX "_video_campaigns_v_version_version_created_by_idx" ON "_video_campaigns_v" USING btree ("version_created_by_id");
  CREATE INDEX "_video_campaigns_v_version_version_updated_at_idx" ON "_video_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_video_campaigns_v_version_version_created_at_idx" ON "_video_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_video_campaigns_v_version_version__status_idx" ON "_video_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_video_campaigns_v_created_at_idx" ON "_video_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_video_campaigns_v_updated_at_idx" ON "_video_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_video_campaigns_v_latest_idx" ON "_video_campaigns_v" USING btree ("latest");
  CREATE INDEX "_video_campaigns_v_rels_order_idx" ON "_video_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_video_campaigns_v_rels_parent_idx" ON "_video_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_video_campaigns_v_rels_path_idx" ON "_video_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_video_campaigns_v_rels_articles_id_idx" ON "_video_campaigns_v_rels" USING btree ("articles_id");
  CREATE INDEX "_video_campaigns_v_rels_topics_id_idx" ON "_video_campaigns_v_rels" USING btree ("topics_id");
  CREATE INDEX "yearly_reviews_bylines_order_idx" ON "yearly_reviews_bylines" USING btree ("_order");
  CREATE INDEX "yearly_reviews_bylines_parent_id_idx" ON "yearly_reviews_bylines" USING btree ("_parent_id");
  CREATE INDEX "yearly_reviews_bylines_user_idx" ON "yearly_reviews_bylines" USING btree ("user_id");
  CREATE INDEX "yearly_reviews_key_figures_order_idx" ON "yearly_reviews_key_figures" USING btree ("_order");
  CREATE INDEX "yearly_reviews_key_figures_parent_id_idx" ON "yearly_reviews_key_figures" USING btree ("_parent_id");
  CREATE INDEX "yearly_reviews_sections_order_idx" ON "yearly_reviews_sections" USING btree ("_order");
  CREATE INDEX "yearly_reviews_sections_parent_id_idx" ON "yearly_reviews_sections" USING btree ("_parent_id");
  CREATE INDEX "yearly_reviews_plans_targets_order_idx" ON "yearly_reviews_plans_targets" USING btree ("_order");
  CREATE INDEX "yearly_reviews_plans_targets_parent_id_idx" ON "yearly_reviews_plans_targets" USING btree ("_parent_id");
  CREATE INDEX "yearly_reviews_plans_order_idx" ON "yearly_reviews_plans" USING btree ("_order");
  CREATE INDEX "yearly_reviews_plans_parent_id_idx" ON "yearly_reviews_plans" USING btree ("_parent_id");
  CREATE INDEX "yearly_reviews_review_log_order_idx" ON "yearly_reviews_review_log" USING btree ("_order");
  CREATE INDEX "yearly_reviews_review_log_parent_id_idx" ON "yearly_reviews_review_log" USING btree ("_parent_id");
  CREATE INDEX "yearly_reviews_review_log_user_idx" ON "yearly_reviews_review_log" USING btree ("user_id");
  CREATE INDEX "yearly_reviews_credits_order_idx" ON "yearly_reviews_credits" USING btree ("_order");
  CREATE INDEX "yearly_reviews_credits_parent_id_idx" ON "yearly_reviews_credits" USING btree ("_parent_id");
  CREATE INDEX "yearly_reviews_cover_idx" ON "yearly_reviews" USING btree ("cover_id");
  CREATE INDEX "yearly_reviews_review_stage_idx" ON "yearly_reviews" USING btree ("review_stage");
  CREATE INDEX "yearly_reviews_wechat_wechat_pushed_by_idx" ON "yearly_reviews" USING btree ("wechat_pushed_by_id");
  CREATE UNIQUE INDEX "yearly_reviews_slug_idx" ON "yearly_reviews" USING btree ("slug");
  CREATE INDEX "yearly_reviews_published_at_idx" ON "yearly_reviews" USING btree ("published_at");
  CREATE INDEX "yearly_reviews_import_hash_idx" ON "yearly_reviews" USING btree ("import_hash");
  CREATE INDEX "yearly_reviews_organization_idx" ON "yearly_reviews" USING btree ("organization_id");
  CREATE INDEX "yearly_reviews_created_by_idx" ON "yearly_reviews" USING btree ("created_by_id");
  CREATE INDEX "yearly_reviews_updated_at_idx" ON "yearly_reviews" USING btree ("updated_at");
  CREATE INDEX "yearly_reviews_created_at_idx" ON "yearly_reviews" USING btree ("created_at");
  CREATE INDEX "yearly_reviews__status_idx" ON "yearly_reviews" USING btree ("_status");
  CREATE INDEX "yearly_reviews_rels_order_idx" ON "yearly_reviews_rels" USING btree ("order");
  CREATE INDEX "yearly_reviews_rels_parent_idx" ON "yearly_reviews_rels" USING btree ("parent_id");
  CREATE INDEX "yearly_reviews_rels_path_idx" ON "yearly_reviews_rels" USING btree ("path");
  CREATE INDEX "yearly_reviews_rels_topics_id_idx" ON "yearly_reviews_rels" USING btree ("topics_id");
  CREATE INDEX "yearly_reviews_rels_articles_id_idx" ON "yearly_reviews_rels" USING btree ("articles_id");
  CREATE INDEX "yearly_reviews_rels_model_workers_id_idx" ON "yearly_reviews_rels" USING btree ("model_workers_id");
  CREATE INDEX "yearly_reviews_rels_galleries_id_idx" ON "yearly_reviews_rels" USING btree ("galleries_id");
  CREATE INDEX "yearly_reviews_rels_video_campaigns_id_idx" ON "yearly_reviews_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "_yearly_reviews_v_version_bylines_order_idx" ON "_yearly_reviews_v_version_bylines" USING btree ("_order");
  CREATE INDEX "_yearly_reviews_v_version_bylines_parent_id_idx" ON "_yearly_reviews_v_version_bylines" USING btree ("_parent_id");
  CREATE INDEX "_yearly_reviews_v_version_bylines_user_idx" ON "_yearly_reviews_v_version_bylines" USING btree ("user_id");
  CREATE INDEX "_yearly_reviews_v_version_key_figures_order_idx" ON "_yearly_reviews_v_version_key_figures" USING btree ("_order");
  CREATE INDEX "_yearly_reviews_v_version_key_figures_parent_id_idx" ON "_yearly_reviews_v_version_key_figures" USING btree ("_parent_id");
  CREATE INDEX "_yearly_reviews_v_version_sections_order_idx" ON "_yearly_reviews_v_version_sections" USING btree ("_order");
  CREATE INDEX "_yearly_reviews_v_version_sections_parent_id_idx" ON "_yearly_reviews_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_yearly_reviews_v_version_plans_targets_order_idx" ON "_yearly_reviews_v_version_plans_targets" USING btree ("_order");
  CREATE INDEX "_yearly_reviews_v_version_plans_targets_parent_id_idx" ON "_yearly_reviews_v_version_plans_targets" USING btree ("_parent_id");
  CREATE INDEX "_yearly_reviews_v_version_plans_order_idx" ON "_yearly_reviews_v_version_plans" USING btree ("_order");
  CREATE INDEX "_yearly_reviews_v_version_plans_parent_id_idx" ON "_yearly_reviews_v_version_plans" USING btree ("_parent_id");
  CREATE INDEX "_yearly_reviews_v_version_review_log_order_idx" ON "_yearly_reviews_v_version_review_log" USING btree ("_order");
  CREATE INDEX "_yearly_reviews_v_version_review_log_parent_id_idx" ON "_yearly_reviews_v_version_review_log" USING btree ("_parent_id");
  CREATE INDEX "_yearly_reviews_v_version_review_log_user_idx" ON "_yearly_reviews_v_version_review_log" USING btree ("user_id");
  CREATE INDEX "_yearly_reviews_v_version_credits_order_idx" ON "_yearly_reviews_v_version_credits" USING btree ("_order");
  CREATE INDEX "_yearly_reviews_v_version_credits_parent_id_idx" ON "_yearly_reviews_v_version_credits" USING btree ("_parent_id");
  CREATE INDEX "_yearly_reviews_v_parent_idx" ON "_yearly_reviews_v" USING btree ("parent_id");
  CREATE INDEX "_yearly_reviews_v_version_version_cover_idx" ON "_yearly_reviews_v" USING btree ("version_cover_id");
  CREATE INDEX "_yearly_reviews_v_version_version_review_stage_idx" ON "_yearly_reviews_v" USING btree ("version_review_stage");
  CREATE INDEX "_yearly_reviews_v_version_wechat_version_wechat_pushed_b_idx" ON "_yearly_reviews_v" USING btree ("version_wechat_pushed_by_id");
  CREATE INDEX "_yearly_reviews_v_version_version_slug_idx" ON "_yearly_reviews_v" USING btree ("version_slug");
  CREATE INDEX "_yearly_reviews_v_version_version_published_at_idx" ON "_yearly_reviews_v" USING btree ("version_published_at");
  CREATE INDEX "_yearly_reviews_v_version_version_import_hash_idx" ON "_yearly_reviews_v" USING btree ("version_import_hash");
  CREATE INDEX "_yearly_reviews_v_version_version_organization_idx" ON "_yearly_reviews_v" USING btree ("version_organization_id");
  CREATE INDEX "_yearly_reviews_v_version_version_created_by_idx" ON "_yearly_reviews_v" USING btree ("version_created_by_id");
  CREATE INDEX "_yearly_reviews_v_version_version_updated_at_idx" ON "_yearly_reviews_v" USING btree ("version_updated_at");
  CREATE INDEX "_yearly_reviews_v_version_version_created_at_idx" ON "_yearly_reviews_v" USING btree ("version_created_at");
  CREATE INDEX "_yearly_reviews_v_version_version__status_idx" ON "_yearly_reviews_v" USING btree ("version__status");
  CREATE INDEX "_yearly_reviews_v_created_at_idx" ON "_yearly_reviews_v" USING btree ("created_at");
  CREATE INDEX "_yearly_reviews_v_updated_at_idx" ON "_yearly_reviews_v" USING btree ("updated_at");
  CREATE INDEX "_yearly_reviews_v_latest_idx" ON "_yearly_reviews_v" USING btree ("latest");
  CREATE INDEX "_yearly_reviews_v_rels_order_idx" ON "_yearly_reviews_v_rels" USING btree ("order");
  CREATE INDEX "_yearly_reviews_v_rels_parent_idx" ON "_yearly_reviews_v_rels" USING btree ("parent_id");
  CREATE INDEX "_yearly_reviews_v_rels_path_idx" ON "_yearly_reviews_v_rels" USING btree ("path");
  CREATE INDEX "_yearly_reviews_v_rels_topics_id_idx" ON "_yearly_reviews_v_rels" USING btree ("topics_id");
  CREATE INDEX "_yearly_reviews_v_rels_articles_id_idx" ON "_yearly_reviews_v_rels" USING btree ("articles_id");
  CREATE INDEX "_yearly_reviews_v_rels_model_workers_id_idx" ON "_yearly_reviews_v_rels" USING btree ("model_workers_id");
  CREATE INDEX "_yearly_reviews_v_rels_galleries_id_idx" ON "_yearly_reviews_v_rels" USING btree ("galleries_id");
  CREATE INDEX "_yearly_reviews_v_rels_video_campaigns_id_idx" ON "_yearly_reviews_v_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "media_change_log_order_idx" ON "media_change_log" USING btree ("_order");
  CREATE INDEX "media_change_log_parent_id_idx" ON "media_change_log" USING btree ("_parent_id");
  CREATE INDEX "media_change_log_user_idx" ON "media_change_log" USING btree ("user_id");
  CREATE INDEX "media_organization_idx" ON "media" USING btree ("organization_id");
  CREATE INDEX "media_created_by_idx" ON "media" USING btree ("created_by_id");
  CREATE INDEX "media_used_by_published_idx" ON "media" USING btree ("used_by_published");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_feature_sizes_feature_filename_idx" ON "media" USING btree ("sizes_feature_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_social_sizes_social_filename_idx" ON "media" USING btree ("sizes_social_filename");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_rels_order_idx" ON "media_rels" USING btree ("order");
  CREATE INDEX "media_rels_parent_idx" ON "media_rels" USING btree ("parent_id");
  CREATE INDEX "media_rels_path_idx" ON "media_rels" USING btree ("path");
  CREATE INDEX "media_rels_model_workers_id_idx" ON "media_rels" USING btree ("model_workers_id");
  CREATE UNIQUE INDEX "topics_name_idx" ON "topics" USING btree ("name");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE UNIQUE INDEX "organizations_name_idx" ON "organizations" USING btree ("name");
  CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");
  CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");
  CREATE INDEX "organizations_logo_idx" ON "organizations" USING btree ("logo_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE UNIQUE INDEX "honors_name_idx" ON "honors" USING btree ("name");
  CREATE INDEX "honors_updated_at_idx" ON "honors" USING btree ("updated_at");
  CREATE INDEX "honors_created_at_idx" ON "honors" USING btree ("created_at");
  CREATE UNIQUE INDEX "sensitive_words_word_idx" ON "sensitive_words" USING btree ("word");
  CREATE INDEX "sensitive_words_updated_at_idx" ON "sensitive_words" USING btree ("updated_at");
  CREATE INDEX "sensitive_words_created_at_idx" ON "sensitive_words" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
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
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_model_workers_id_idx" ON "payload_locked_documents_rels" USING btree ("model_workers_id");
  CREATE INDEX "payload_locked_documents_rels_galleries_id_idx" ON "payload_locked_documents_rels" USING btree ("galleries_id");
  CREATE INDEX "payload_locked_documents_rels_video_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_yearly_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_honors_id_idx" ON "payload_locked_documents_rels" USING btree ("honors_id");
  CREATE INDEX "payload_locked_documents_rels_sensitive_words_id_idx" ON "payload_locked_documents_rels" USING btree ("sensitive_words_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles_bylines" CASCADE;
  DROP TABLE "articles_credits" CASCADE;
  DROP TABLE "articles_review_log" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v_version_bylines" CASCADE;
  DROP TABLE "_articles_v_version_credits" CASCADE;
  DROP TABLE "_articles_v_version_review_log" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "model_workers_honors" CASCADE;
  DROP TABLE "model_workers_review_log" CASCADE;
  DROP TABLE "model_workers" CASCADE;
  DROP TABLE "model_workers_rels" CASCADE;
  DROP TABLE "_model_workers_v_version_honors" CASCADE;
  DROP TABLE "_model_workers_v_version_review_log" CASCADE;
  DROP TABLE "_model_workers_v" CASCADE;
  DROP TABLE "_model_workers_v_rels" CASCADE;
  DROP TABLE "galleries_items" CASCADE;
  DROP TABLE "galleries_review_log" CASCADE;
  DROP TABLE "galleries" CASCADE;
  DROP TABLE "galleries_rels" CASCADE;
  DROP TABLE "_galleries_v_version_items" CASCADE;
  DROP TABLE "_galleries_v_version_review_log" CASCADE;
  DROP TABLE "_galleries_v" CASCADE;
  DROP TABLE "_galleries_v_rels" CASCADE;
  DROP TABLE "video_campaigns_partners" CASCADE;
  DROP TABLE "video_campaigns_channels" CASCADE;
  DROP TABLE "video_campaigns_episodes" CASCADE;
  DROP TABLE "video_campaigns_recognitions" CASCADE;
  DROP TABLE "video_campaigns_review_log" CASCADE;
  DROP TABLE "video_campaigns" CASCADE;
  DROP TABLE "video_campaigns_rels" CASCADE;
  DROP TABLE "_video_campaigns_v_version_partners" CASCADE;
  DROP TABLE "_video_campaigns_v_version_channels" CASCADE;
  DROP TABLE "_video_campaigns_v_version_episodes" CASCADE;
  DROP TABLE "_video_campaigns_v_version_recognitions" CASCADE;
  DROP TABLE "_video_campaigns_v_version_review_log" CASCADE;
  DROP TABLE "_video_campaigns_v" CASCADE;
  DROP TABLE "_video_campaigns_v_rels" CASCADE;
  DROP TABLE "yearly_reviews_bylines" CASCADE;
  DROP TABLE "yearly_reviews_key_figures" CASCADE;
  DROP TABLE "yearly_reviews_sections" CASCADE;
  DROP TABLE "yearly_reviews_plans_targets" CASCADE;
  DROP TABLE "yearly_reviews_plans" CASCADE;
  DROP TABLE "yearly_reviews_review_log" CASCADE;
  DROP TABLE "yearly_reviews_credits" CASCADE;
  DROP TABLE "yearly_reviews" CASCADE;
  DROP TABLE "yearly_reviews_rels" CASCADE;
  DROP TABLE "_yearly_reviews_v_version_bylines" CASCADE;
  DROP TABLE "_yearly_reviews_v_version_key_figures" CASCADE;
  DROP TABLE "_yearly_reviews_v_version_sections" CASCADE;
  DROP TABLE "_yearly_reviews_v_version_plans_targets" CASCADE;
  DROP TABLE "_yearly_reviews_v_version_plans" CASCADE;
  DROP TABLE "_yearly_reviews_v_version_review_log" CASCADE;
  DROP TABLE "_yearly_reviews_v_version_credits" CASCADE;
  DROP TABLE "_yearly_reviews_v" CASCADE;
  DROP TABLE "_yearly_reviews_v_rels" CASCADE;
  DROP TABLE "media_change_log" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_rels" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "honors" CASCADE;
  DROP TABLE "sensitive_words" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_articles_bylines_role";
  DROP TYPE "public"."enum_articles_credits_role";
  DROP TYPE "public"."enum_articles_review_log_from";
  DROP TYPE "public"."enum_articles_review_log_to";
  DROP TYPE "public"."enum_articles_review_stage";
  DROP TYPE "public"."enum_articles_proof_pass";
  DROP TYPE "public"."enum_articles_wechat_state";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_bylines_role";
  DROP TYPE "public"."enum__articles_v_version_credits_role";
  DROP TYPE "public"."enum__articles_v_version_review_log_from";
  DROP TYPE "public"."enum__articles_v_version_review_log_to";
  DROP TYPE "public"."enum__articles_v_version_review_stage";
  DROP TYPE "public"."enum__articles_v_version_proof_pass";
  DROP TYPE "public"."enum__articles_v_version_wechat_state";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_model_workers_review_log_from";
  DROP TYPE "public"."enum_model_workers_review_log_to";
  DROP TYPE "public"."enum_model_workers_kind";
  DROP TYPE "public"."enum_model_workers_review_stage";
  DROP TYPE "public"."enum_model_workers_proof_pass";
  DROP TYPE "public"."enum_model_workers_wechat_state";
  DROP TYPE "public"."enum_model_workers_status";
  DROP TYPE "public"."enum__model_workers_v_version_review_log_from";
  DROP TYPE "public"."enum__model_workers_v_version_review_log_to";
  DROP TYPE "public"."enum__model_workers_v_version_kind";
  DROP TYPE "public"."enum__model_workers_v_version_review_stage";
  DROP TYPE "public"."enum__model_workers_v_version_proof_pass";
  DROP TYPE "public"."enum__model_workers_v_version_wechat_state";
  DROP TYPE "public"."enum__model_workers_v_version_status";
  DROP TYPE "public"."enum_galleries_review_log_from";
  DROP TYPE "public"."enum_galleries_review_log_to";
  DROP TYPE "public"."enum_galleries_review_stage";
  DROP TYPE "public"."enum_galleries_proof_pass";
  DROP TYPE "public"."enum_galleries_wechat_state";
  DROP TYPE "public"."enum_galleries_status";
  DROP TYPE "public"."enum__galleries_v_version_review_log_from";
  DROP TYPE "public"."enum__galleries_v_version_review_log_to";
  DROP TYPE "public"."enum__galleries_v_version_review_stage";
  DROP TYPE "public"."enum__galleries_v_version_proof_pass";
  DROP TYPE "public"."enum__galleries_v_version_wechat_state";
  DROP TYPE "public"."enum__galleries_v_version_status";
  DROP TYPE "public"."enum_video_campaigns_episodes_source";
  DROP TYPE "public"."enum_video_campaigns_recognitions_level";
  DROP TYPE "public"."enum_video_campaigns_review_log_from";
  DROP TYPE "public"."enum_video_campaigns_review_log_to";
  DROP TYPE "public"."enum_video_campaigns_review_stage";
  DROP TYPE "public"."enum_video_campaigns_proof_pass";
  DROP TYPE "public"."enum_video_campaigns_wechat_state";
  DROP TYPE "public"."enum_video_campaigns_status";
  DROP TYPE "public"."enum__video_campaigns_v_version_episodes_source";
  DROP TYPE "public"."enum__video_campaigns_v_version_recognitions_level";
  DROP TYPE "public"."enum__video_campaigns_v_version_review_log_from";
  DROP TYPE "public"."enum__video_campaigns_v_version_review_log_to";
  DROP TYPE "public"."enum__video_campaigns_v_version_review_stage";
  DROP TYPE "public"."enum__video_campaigns_v_version_proof_pass";
  DROP TYPE "public"."enum__video_campaigns_v_version_wechat_state";
  DROP TYPE "public"."enum__video_campaigns_v_version_status";
  DROP TYPE "public"."enum_yearly_reviews_bylines_role";
  DROP TYPE "public"."enum_yearly_reviews_key_figures_qualifier";
  DROP TYPE "public"."enum_yearly_reviews_review_log_from";
  DROP TYPE "public"."enum_yearly_reviews_review_log_to";
  DROP TYPE "public"."enum_yearly_reviews_credits_role";
  DROP TYPE "public"."enum_yearly_reviews_review_stage";
  DROP TYPE "public"."enum_yearly_reviews_proof_pass";
  DROP TYPE "public"."enum_yearly_reviews_wechat_state";
  DROP TYPE "public"."enum_yearly_reviews_status";
  DROP TYPE "public"."enum__yearly_reviews_v_version_bylines_role";
  DROP TYPE "public"."enum__yearly_reviews_v_version_key_figures_qualifier";
  DROP TYPE "public"."enum__yearly_reviews_v_version_review_log_from";
  DROP TYPE "public"."enum__yearly_reviews_v_version_review_log_to";
  DROP TYPE "public"."enum__yearly_reviews_v_version_credits_role";
  DROP TYPE "public"."enum__yearly_reviews_v_version_review_stage";
  DROP TYPE "public"."enum__yearly_reviews_v_version_proof_pass";
  DROP TYPE "public"."enum__yearly_reviews_v_version_wechat_state";
  DROP TYPE "public"."enum__yearly_reviews_v_version_status";
  DROP TYPE "public"."enum_organizations_level";
  DROP TYPE "public"."enum_honors_level";
  DROP TYPE "public"."enum_honors_recipient_type";
  DROP TYPE "public"."enum_sensitive_words_category";
  DROP TYPE "public"."enum_sensitive_words_action";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
