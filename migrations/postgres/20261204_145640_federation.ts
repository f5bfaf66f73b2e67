import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_submissions_status" AS ENUM('pending', 'adopted', 'adopted-edited', 'declined');
  CREATE TABLE "submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"document_key" varchar,
  	"status" "enum_submissions_status" DEFAULT 'pending' NOT NULL,
  	"from_unit_id" integer NOT NULL,
  	"to_unit_id" integer NOT NULL,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"message" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "submissions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"model_workers_id" integer,
  	"galleries_id" integer,
  	"video_campaigns_id" integer,
  	"yearly_reviews_id" integer
  );
  
  CREATE TABLE "organizations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "articles_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "articles_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "model_workers" ADD COLUMN "possible_duplicate_of_id" integer;
  ALTER TABLE "model_workers_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "model_workers_rels" ADD COLUMN "model_workers_id" integer;
  ALTER TABLE "model_workers_rels" ADD COLUMN "galleries_id" integer;
  ALTER TABLE "model_workers_rels" ADD COLUMN "video_campaigns_id" integer;
  ALTER TABLE "model_workers_rels" ADD COLUMN "yearly_reviews_id" integer;
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_possible_duplicate_of_id" integer;
  ALTER TABLE "_model_workers_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_model_workers_v_rels" ADD COLUMN "model_workers_id" integer;
  ALTER TABLE "_model_workers_v_rels" ADD COLUMN "galleries_id" integer;
  ALTER TABLE "_model_workers_v_rels" ADD COLUMN "video_campaigns_id" integer;
  ALTER TABLE "_model_workers_v_rels" ADD COLUMN "yearly_reviews_id" integer;
  ALTER TABLE "galleries_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "galleries_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "galleries_rels" ADD COLUMN "model_workers_id" integer;
  ALTER TABLE "galleries_rels" ADD COLUMN "galleries_id" integer;
  ALTER TABLE "galleries_rels" ADD COLUMN "video_campaigns_id" integer;
  ALTER TABLE "galleries_rels" ADD COLUMN "yearly_reviews_id" integer;
  ALTER TABLE "_galleries_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_galleries_v_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "_galleries_v_rels" ADD COLUMN "model_workers_id" integer;
  ALTER TABLE "_galleries_v_rels" ADD COLUMN "galleries_id" integer;
  ALTER TABLE "_galleries_v_rels" ADD COLUMN "video_campaigns_id" integer;
  ALTER TABLE "_galleries_v_rels" ADD COLUMN "yearly_reviews_id" integer;
  ALTER TABLE "video_campaigns_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "video_campaigns_rels" ADD COLUMN "model_workers_id" integer;
  ALTER TABLE "video_campaigns_rels" ADD COLUMN "galleries_id" integer;
  ALTER TABLE "video_campaigns_rels" ADD COLUMN "video_campaigns_id" integer;
  ALTER TABLE "video_campaigns_rels" ADD COLUMN "yearly_reviews_id" integer;
  ALTER TABLE "_video_campaigns_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_video_campaigns_v_rels" ADD COLUMN "model_workers_id" integer;
  ALTER TABLE "_video_campaigns_v_rels" ADD COLUMN "galleries_id" integer;
  ALTER TABLE "_video_campaigns_v_rels" ADD COLUMN "video_campaigns_id" integer;
  ALTER TABLE "_video_campaigns_v_rels" ADD COLUMN "yearly_reviews_id" integer;
  ALTER TABLE "yearly_reviews_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "yearly_reviews_rels" ADD COLUMN "yearly_reviews_id" integer;
  ALTER TABLE "_yearly_reviews_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_yearly_reviews_v_rels" ADD COLUMN "yearly_reviews_id" integer;
  ALTER TABLE "topics" ADD COLUMN "organization_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "site_enabled" boolean DEFAULT false;
  ALTER TABLE "organizations" ADD COLUMN "site_name" varchar;
  ALTER TABLE "organizations" ADD COLUMN "site_path" varchar;
  ALTER TABLE "organizations" ADD COLUMN "site_domain" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "submissions_id" integer;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_from_unit_id_organizations_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_to_unit_id_organizations_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions" ADD CONSTRAINT "submissions_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "submissions_rels" ADD CONSTRAINT "submissions_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_rels" ADD CONSTRAINT "organizations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_rels" ADD CONSTRAINT "organizations_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "submissions_document_key_idx" ON "submissions" USING btree ("document_key");
  CREATE INDEX "submissions_status_idx" ON "submissions" USING btree ("status");
  CREATE INDEX "submissions_from_unit_idx" ON "submissions" USING btree ("from_unit_id");
  CREATE INDEX "submissions_to_unit_idx" ON "submissions" USING btree ("to_unit_id");
  CREATE INDEX "submissions_submitted_by_idx" ON "submissions" USING btree ("submitted_by_id");
  CREATE INDEX "submissions_submitted_at_idx" ON "submissions" USING btree ("submitted_at");
  CREATE INDEX "submissions_decided_by_idx" ON "submissions" USING btree ("decided_by_id");
  CREATE INDEX "submissions_updated_at_idx" ON "submissions" USING btree ("updated_at");
  CREATE INDEX "submissions_created_at_idx" ON "submissions" USING btree ("created_at");
  CREATE INDEX "submissions_rels_order_idx" ON "submissions_rels" USING btree ("order");
  CREATE INDEX "submissions_rels_parent_idx" ON "submissions_rels" USING btree ("parent_id");
  CREATE INDEX "submissions_rels_path_idx" ON "submissions_rels" USING btree ("path");
  CREATE INDEX "submissions_rels_articles_id_idx" ON "submissions_rels" USING btree ("articles_id");
  CREATE INDEX "submissions_rels_model_workers_id_idx" ON "submissions_rels" USING btree ("model_workers_id");
  CREATE INDEX "submissions_rels_galleries_id_idx" ON "submissions_rels" USING btree ("galleries_id");
  CREATE INDEX "submissions_rels_video_campaigns_id_idx" ON "submissions_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "submissions_rels_yearly_reviews_id_idx" ON "submissions_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "organizations_rels_order_idx" ON "organizations_rels" USING btree ("order");
  CREATE INDEX "organizations_rels_parent_idx" ON "organizations_rels" USING btree ("parent_id");
  CREATE INDEX "organizations_rels_path_idx" ON "organizations_rels" USING btree ("path");
  CREATE INDEX "organizations_rels_topics_id_idx" ON "organizations_rels" USING btree ("topics_id");
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers" ADD CONSTRAINT "model_workers_possible_duplicate_of_id_model_workers_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."model_workers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "model_workers_rels" ADD CONSTRAINT "model_workers_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers_rels" ADD CONSTRAINT "model_workers_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers_rels" ADD CONSTRAINT "model_workers_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers_rels" ADD CONSTRAINT "model_workers_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers_rels" ADD CONSTRAINT "model_workers_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_version_possible_duplicate_of_id_model_workers_id_fk" FOREIGN KEY ("version_possible_duplicate_of_id") REFERENCES "public"."model_workers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v_rels" ADD CONSTRAINT "_model_workers_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v_rels" ADD CONSTRAINT "_model_workers_v_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v_rels" ADD CONSTRAINT "_model_workers_v_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v_rels" ADD CONSTRAINT "_model_workers_v_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v_rels" ADD CONSTRAINT "_model_workers_v_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_model_workers_fk" FOREIGN KEY ("model_workers_id") REFERENCES "public"."model_workers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_galleries_fk" FOREIGN KEY ("galleries_id") REFERENCES "public"."galleries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_video_campaigns_fk" FOREIGN KEY ("video_campaigns_id") REFERENCES "public"."video_campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_yearly_reviews_fk" FOREIGN KEY ("yearly_reviews_id") REFERENCES "public"."yearly_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_submissions_fk" FOREIGN KEY ("submissions_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_rels_organizations_id_idx" ON "articles_rels" USING btree ("organizations_id");
  CREATE INDEX "articles_rels_articles_id_idx" ON "articles_rels" USING btree ("articles_id");
  CREATE INDEX "_articles_v_rels_organizations_id_idx" ON "_articles_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_articles_v_rels_articles_id_idx" ON "_articles_v_rels" USING btree ("articles_id");
  CREATE INDEX "model_workers_possible_duplicate_of_idx" ON "model_workers" USING btree ("possible_duplicate_of_id");
  CREATE INDEX "model_workers_rels_organizations_id_idx" ON "model_workers_rels" USING btree ("organizations_id");
  CREATE INDEX "model_workers_rels_model_workers_id_idx" ON "model_workers_rels" USING btree ("model_workers_id");
  CREATE INDEX "model_workers_rels_galleries_id_idx" ON "model_workers_rels" USING btree ("galleries_id");
  CREATE INDEX "model_workers_rels_video_campaigns_id_idx" ON "model_workers_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "model_workers_rels_yearly_reviews_id_idx" ON "model_workers_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "_model_workers_v_version_version_possible_duplicate_of_idx" ON "_model_workers_v" USING btree ("version_possible_duplicate_of_id");
  CREATE INDEX "_model_workers_v_rels_organizations_id_idx" ON "_model_workers_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_model_workers_v_rels_model_workers_id_idx" ON "_model_workers_v_rels" USING btree ("model_workers_id");
  CREATE INDEX "_model_workers_v_rels_galleries_id_idx" ON "_model_workers_v_rels" USING btree ("galleries_id");
  CREATE INDEX "_model_workers_v_rels_video_campaigns_id_idx" ON "_model_workers_v_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "_model_workers_v_rels_yearly_reviews_id_idx" ON "_model_workers_v_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "galleries_rels_organizations_id_idx" ON "galleries_rels" USING btree ("organizations_id");
  CREATE INDEX "galleries_rels_articles_id_idx" ON "galleries_rels" USING btree ("articles_id");
  CREATE INDEX "galleries_rels_model_workers_id_idx" ON "galleries_rels" USING btree ("model_workers_id");
  CREATE INDEX "galleries_rels_galleries_id_idx" ON "galleries_rels" USING btree ("galleries_id");
  CREATE INDEX "galleries_rels_video_campaigns_id_idx" ON "galleries_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "galleries_rels_yearly_reviews_id_idx" ON "galleries_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "_galleries_v_rels_organizations_id_idx" ON "_galleries_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_galleries_v_rels_articles_id_idx" ON "_galleries_v_rels" USING btree ("articles_id");
  CREATE INDEX "_galleries_v_rels_model_workers_id_idx" ON "_galleries_v_rels" USING btree ("model_workers_id");
  CREATE INDEX "_galleries_v_rels_galleries_id_idx" ON "_galleries_v_rels" USING btree ("galleries_id");
  CREATE INDEX "_galleries_v_rels_video_campaigns_id_idx" ON "_galleries_v_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "_galleries_v_rels_yearly_reviews_id_idx" ON "_galleries_v_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "video_campaigns_rels_organizations_id_idx" ON "video_campaigns_rels" USING btree ("organizations_id");
  CREATE INDEX "video_campaigns_rels_model_workers_id_idx" ON "video_campaigns_rels" USING btree ("model_workers_id");
  CREATE INDEX "video_campaigns_rels_galleries_id_idx" ON "video_campaigns_rels" USING btree ("galleries_id");
  CREATE INDEX "video_campaigns_rels_video_campaigns_id_idx" ON "video_campaigns_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "video_campaigns_rels_yearly_reviews_id_idx" ON "video_campaigns_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "_video_campaigns_v_rels_organizations_id_idx" ON "_video_campaigns_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_video_campaigns_v_rels_model_workers_id_idx" ON "_video_campaigns_v_rels" USING btree ("model_workers_id");
  CREATE INDEX "_video_campaigns_v_rels_galleries_id_idx" ON "_video_campaigns_v_rels" USING btree ("galleries_id");
  CREATE INDEX "_video_campaigns_v_rels_video_campaigns_id_idx" ON "_video_campaigns_v_rels" USING btree ("video_campaigns_id");
  CREATE INDEX "_video_campaigns_v_rels_yearly_reviews_id_idx" ON "_video_campaigns_v_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "yearly_reviews_rels_organizations_id_idx" ON "yearly_reviews_rels" USING btree ("organizations_id");
  CREATE INDEX "yearly_reviews_rels_yearly_reviews_id_idx" ON "yearly_reviews_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "_yearly_reviews_v_rels_organizations_id_idx" ON "_yearly_reviews_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_yearly_reviews_v_rels_yearly_reviews_id_idx" ON "_yearly_reviews_v_rels" USING btree ("yearly_reviews_id");
  CREATE INDEX "topics_organization_idx" ON "topics" USING btree ("organization_id");
  CREATE INDEX "payload_locked_documents_rels_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("submissions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "submissions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "submissions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "organizations_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "submissions" CASCADE;
  DROP TABLE "submissions_rels" CASCADE;
  DROP TABLE "organizations_rels" CASCADE;
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_organizations_fk";
  
  ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_articles_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_organizations_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_articles_fk";
  
  ALTER TABLE "model_workers" DROP CONSTRAINT "model_workers_possible_duplicate_of_id_model_workers_id_fk";
  
  ALTER TABLE "model_workers_rels" DROP CONSTRAINT "model_workers_rels_organizations_fk";
  
  ALTER TABLE "model_workers_rels" DROP CONSTRAINT "model_workers_rels_model_workers_fk";
  
  ALTER TABLE "model_workers_rels" DROP CONSTRAINT "model_workers_rels_galleries_fk";
  
  ALTER TABLE "model_workers_rels" DROP CONSTRAINT "model_workers_rels_video_campaigns_fk";
  
  ALTER TABLE "model_workers_rels" DROP CONSTRAINT "model_workers_rels_yearly_reviews_fk";
  
  ALTER TABLE "_model_workers_v" DROP CONSTRAINT "_model_workers_v_version_possible_duplicate_of_id_model_workers_id_fk";
  
  ALTER TABLE "_model_workers_v_rels" DROP CONSTRAINT "_model_workers_v_rels_organizations_fk";
  
  ALTER TABLE "_model_workers_v_rels" DROP CONSTRAINT "_model_workers_v_rels_model_workers_fk";
  
  ALTER TABLE "_model_workers_v_rels" DROP CONSTRAINT "_model_workers_v_rels_galleries_fk";
  
  ALTER TABLE "_model_workers_v_rels" DROP CONSTRAINT "_model_workers_v_rels_video_campaigns_fk";
  
  ALTER TABLE "_model_workers_v_rels" DROP CONSTRAINT "_model_workers_v_rels_yearly_reviews_fk";
  
  ALTER TABLE "galleries_rels" DROP CONSTRAINT "galleries_rels_organizations_fk";
  
  ALTER TABLE "galleries_rels" DROP CONSTRAINT "galleries_rels_articles_fk";
  
  ALTER TABLE "galleries_rels" DROP CONSTRAINT "galleries_rels_model_workers_fk";
  
  ALTER TABLE "galleries_rels" DROP CONSTRAINT "galleries_rels_galleries_fk";
  
  ALTER TABLE "galleries_rels" DROP CONSTRAINT "galleries_rels_video_campaigns_fk";
  
  ALTER TABLE "galleries_rels" DROP CONSTRAINT "galleries_rels_yearly_reviews_fk";
  
  ALTER TABLE "_galleries_v_rels" DROP CONSTRAINT "_galleries_v_rels_organizations_fk";
  
  ALTER TABLE "_galleries_v_rels" DROP CONSTRAINT "_galleries_v_rels_articles_fk";
  
  ALTER TABLE "_galleries_v_rels" DROP CONSTRAINT "_galleries_v_rels_model_workers_fk";
  
  ALTER TABLE "_galleries_v_rels" DROP CONSTRAINT "_galleries_v_rels_galleries_fk";
  
  ALTER TABLE "_galleries_v_rels" DROP CONSTRAINT "_galleries_v_rels_video_campaigns_fk";
  
  ALTER TABLE "_galleries_v_rels" DROP CONSTRAINT "_galleries_v_rels_yearly_reviews_fk";
  
  ALTER TABLE "video_campaigns_rels" DROP CONSTRAINT "video_campaigns_rels_organizations_fk";
  
  ALTER TABLE "video_campaigns_rels" DROP CONSTRAINT "video_campaigns_rels_model_workers_fk";
  
  ALTER TABLE "video_campaigns_rels" DROP CONSTRAINT "video_campaigns_rels_galleries_fk";
  
  ALTER TABLE "video_campaigns_rels" DROP CONSTRAINT "video_campaigns_rels_video_campaigns_fk";
  
  ALTER TABLE "video_campaigns_rels" DROP CONSTRAINT "video_campaigns_rels_yearly_reviews_fk";
  
  ALTER TABLE "_video_campaigns_v_rels" DROP CONSTRAINT "_video_campaigns_v_rels_organizations_fk";
  
  ALTER TABLE "_video_campaigns_v_rels" DROP CONSTRAINT "_video_campaigns_v_rels_model_workers_fk";
  
  ALTER TABLE "_video_campaigns_v_rels" DROP CONSTRAINT "_video_campaigns_v_rels_galleries_fk";
  
  ALTER TABLE "_video_campaigns_v_rels" DROP CONSTRAINT "_video_campaigns_v_rels_video_campaigns_fk";
  
  ALTER TABLE "_video_campaigns_v_rels" DROP CONSTRAINT "_video_campaigns_v_rels_yearly_reviews_fk";
  
  ALTER TABLE "yearly_reviews_rels" DROP CONSTRAINT "yearly_reviews_rels_organizations_fk";
  
  ALTER TABLE "yearly_reviews_rels" DROP CONSTRAINT "yearly_reviews_rels_yearly_reviews_fk";
  
  ALTER TABLE "_yearly_reviews_v_rels" DROP CONSTRAINT "_yearly_reviews_v_rels_organizations_fk";
  
  ALTER TABLE "_yearly_reviews_v_rels" DROP CONSTRAINT "_yearly_reviews_v_rels_yearly_reviews_fk";
  
  ALTER TABLE "topics" DROP CONSTRAINT "topics_organization_id_organizations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_submissions_fk";
  
  DROP INDEX "articles_rels_organizations_id_idx";
  DROP INDEX "articles_rels_articles_id_idx";
  DROP INDEX "_articles_v_rels_organizations_id_idx";
  DROP INDEX "_articles_v_rels_articles_id_idx";
  DROP INDEX "model_workers_possible_duplicate_of_idx";
  DROP INDEX "model_workers_rels_organizations_id_idx";
  DROP INDEX "model_workers_rels_model_workers_id_idx";
  DROP INDEX "model_workers_rels_galleries_id_idx";
  DROP INDEX "model_workers_rels_video_campaigns_id_idx";
  DROP INDEX "model_workers_rels_yearly_reviews_id_idx";
  DROP INDEX "_model_workers_v_version_version_possible_duplicate_of_idx";
  DROP INDEX "_model_workers_v_rels_organizations_id_idx";
  DROP INDEX "_model_workers_v_rels_model_workers_id_idx";
  DROP INDEX "_model_workers_v_rels_galleries_id_idx";
  DROP INDEX "_model_workers_v_rels_video_campaigns_id_idx";
  DROP INDEX "_model_workers_v_rels_yearly_reviews_id_idx";
  DROP INDEX "galleries_rels_organizations_id_idx";
  DROP INDEX "galleries_rels_articles_id_idx";
  DROP INDEX "galleries_rels_model_workers_id_idx";
  DROP INDEX "galleries_rels_galleries_id_idx";
  DROP INDEX "galleries_rels_video_campaigns_id_idx";
  DROP INDEX "galleries_rels_yearly_reviews_id_idx";
  DROP INDEX "_galleries_v_rels_organizations_id_idx";
  DROP INDEX "_galleries_v_rels_articles_id_idx";
  DROP INDEX "_galleries_v_rels_model_workers_id_idx";
  DROP INDEX "_galleries_v_rels_galleries_id_idx";
  DROP INDEX "_galleries_v_rels_video_campaigns_id_idx";
  DROP INDEX "_galleries_v_rels_yearly_reviews_id_idx";
  DROP INDEX "video_campaigns_rels_organizations_id_idx";
  DROP INDEX "video_campaigns_rels_model_workers_id_idx";
  DROP INDEX "video_campaigns_rels_galleries_id_idx";
  DROP INDEX "video_campaigns_rels_video_campaigns_id_idx";
  DROP INDEX "video_campaigns_rels_yearly_reviews_id_idx";
  DROP INDEX "_video_campaigns_v_rels_organizations_id_idx";
  DROP INDEX "_video_campaigns_v_rels_model_workers_id_idx";
  DROP INDEX "_video_campaigns_v_rels_galleries_id_idx";
  DROP INDEX "_video_campaigns_v_rels_video_campaigns_id_idx";
  DROP INDEX "_video_campaigns_v_rels_yearly_reviews_id_idx";
  DROP INDEX "yearly_reviews_rels_organizations_id_idx";
  DROP INDEX "yearly_reviews_rels_yearly_reviews_id_idx";
  DROP INDEX "_yearly_reviews_v_rels_organizations_id_idx";
  DROP INDEX "_yearly_reviews_v_rels_yearly_reviews_id_idx";
  DROP INDEX "topics_organization_idx";
  DROP INDEX "payload_locked_documents_rels_submissions_id_idx";
  ALTER TABLE "articles_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "articles_rels" DROP COLUMN "articles_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "articles_id";
  ALTER TABLE "model_workers" DROP COLUMN "possible_duplicate_of_id";
  ALTER TABLE "model_workers_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "model_workers_rels" DROP COLUMN "model_workers_id";
  ALTER TABLE "model_workers_rels" DROP COLUMN "galleries_id";
  ALTER TABLE "model_workers_rels" DROP COLUMN "video_campaigns_id";
  ALTER TABLE "model_workers_rels" DROP COLUMN "yearly_reviews_id";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_possible_duplicate_of_id";
  ALTER TABLE "_model_workers_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_model_workers_v_rels" DROP COLUMN "model_workers_id";
  ALTER TABLE "_model_workers_v_rels" DROP COLUMN "galleries_id";
  ALTER TABLE "_model_workers_v_rels" DROP COLUMN "video_campaigns_id";
  ALTER TABLE "_model_workers_v_rels" DROP COLUMN "yearly_reviews_id";
  ALTER TABLE "galleries_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "galleries_rels" DROP COLUMN "articles_id";
  ALTER TABLE "galleries_rels" DROP COLUMN "model_workers_id";
  ALTER TABLE "galleries_rels" DROP COLUMN "galleries_id";
  ALTER TABLE "galleries_rels" DROP COLUMN "video_campaigns_id";
  ALTER TABLE "galleries_rels" DROP COLUMN "yearly_reviews_id";
  ALTER TABLE "_galleries_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_galleries_v_rels" DROP COLUMN "articles_id";
  ALTER TABLE "_galleries_v_rels" DROP COLUMN "model_workers_id";
  ALTER TABLE "_galleries_v_rels" DROP COLUMN "galleries_id";
  ALTER TABLE "_galleries_v_rels" DROP COLUMN "video_campaigns_id";
  ALTER TABLE "_galleries_v_rels" DROP COLUMN "yearly_reviews_id";
  ALTER TABLE "video_campaigns_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "video_campaigns_rels" DROP COLUMN "model_workers_id";
  ALTER TABLE "video_campaigns_rels" DROP COLUMN "galleries_id";
  ALTER TABLE "video_campaigns_rels" DROP COLUMN "video_campaigns_id";
  ALTER TABLE "video_campaigns_rels" DROP COLUMN "yearly_reviews_id";
  ALTER TABLE "_video_campaigns_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_video_campaigns_v_rels" DROP COLUMN "model_workers_id";
  ALTER TABLE "_video_campaigns_v_rels" DROP COLUMN "galleries_id";
  ALTER TABLE "_video_campaigns_v_rels" DROP COLUMN "video_campaigns_id";
  ALTER TABLE "_video_campaigns_v_rels" DROP COLUMN "yearly_reviews_id";
  ALTER TABLE "yearly_reviews_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "yearly_reviews_rels" DROP COLUMN "yearly_reviews_id";
  ALTER TABLE "_yearly_reviews_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_yearly_reviews_v_rels" DROP COLUMN "yearly_reviews_id";
  ALTER TABLE "topics" DROP COLUMN "organization_id";
  ALTER TABLE "organizations" DROP COLUMN "site_enabled";
  ALTER TABLE "organizations" DROP COLUMN "site_name";
  ALTER TABLE "organizations" DROP COLUMN "site_path";
  ALTER TABLE "organizations" DROP COLUMN "site_domain";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "submissions_id";
  DROP TYPE "public"."enum_submissions_status";`)
}
