import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_bylines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`name\` text,
  	\`user_id\` integer,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_bylines_order_idx\` ON \`articles_bylines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_bylines_parent_id_idx\` ON \`articles_bylines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_bylines_user_idx\` ON \`articles_bylines\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_credits_order_idx\` ON \`articles_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_credits_parent_id_idx\` ON \`articles_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_review_log_order_idx\` ON \`articles_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_log_parent_id_idx\` ON \`articles_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_log_user_idx\` ON \`articles_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`subtitle\` text,
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`body\` text,
  	\`source_publication\` text,
  	\`source_page\` text,
  	\`source_issue_date\` text,
  	\`featured\` integer DEFAULT false,
  	\`review_stage\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`proof_pass\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`import_hash\` text,
  	\`organization_id\` integer,
  	\`created_by_id\` integer,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_cover_idx\` ON \`articles\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_stage_idx\` ON \`articles\` (\`review_stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_import_hash_idx\` ON \`articles\` (\`import_hash\`);`)
  await db.run(sql`CREATE INDEX \`articles_organization_idx\` ON \`articles\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`model_workers_id\` integer,
  	\`galleries_id\` integer,
  	\`video_campaigns_id\` integer,
  	\`yearly_reviews_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_campaigns_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`yearly_reviews_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_topics_id_idx\` ON \`articles_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_model_workers_id_idx\` ON \`articles_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_galleries_id_idx\` ON \`articles_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_video_campaigns_id_idx\` ON \`articles_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_yearly_reviews_id_idx\` ON \`articles_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_bylines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`name\` text,
  	\`user_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_bylines_order_idx\` ON \`_articles_v_version_bylines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_bylines_parent_id_idx\` ON \`_articles_v_version_bylines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_bylines_user_idx\` ON \`_articles_v_version_bylines\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_credits_order_idx\` ON \`_articles_v_version_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_credits_parent_id_idx\` ON \`_articles_v_version_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_log_order_idx\` ON \`_articles_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_log_parent_id_idx\` ON \`_articles_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_log_user_idx\` ON \`_articles_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_body\` text,
  	\`version_source_publication\` text,
  	\`version_source_page\` text,
  	\`version_source_issue_date\` text,
  	\`version_featured\` integer DEFAULT false,
  	\`version_review_stage\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_proof_pass\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_import_hash\` text,
  	\`version_organization_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_cover_idx\` ON \`_articles_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_stage_idx\` ON \`_articles_v\` (\`version_review_stage\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_import_hash_idx\` ON \`_articles_v\` (\`version_import_hash\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_organization_idx\` ON \`_articles_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`model_workers_id\` integer,
  	\`galleries_id\` integer,
  	\`video_campaigns_id\` integer,
  	\`yearly_reviews_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_campaigns_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`yearly_reviews_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_topics_id_idx\` ON \`_articles_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_model_workers_id_idx\` ON \`_articles_v_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_galleries_id_idx\` ON \`_articles_v_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_video_campaigns_id_idx\` ON \`_articles_v_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_yearly_reviews_id_idx\` ON \`_articles_v_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`CREATE TABLE \`model_workers_honors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`honor_id\` integer,
  	\`year\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`honor_id\`) REFERENCES \`honors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`model_workers_honors_order_idx\` ON \`model_workers_honors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_honors_parent_id_idx\` ON \`model_workers_honors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_honors_honor_idx\` ON \`model_workers_honors\` (\`honor_id\`);`)
  await db.run(sql`CREATE TABLE \`model_workers_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`model_workers_review_log_order_idx\` ON \`model_workers_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_review_log_parent_id_idx\` ON \`model_workers_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_review_log_user_idx\` ON \`model_workers_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`model_workers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`kind\` text DEFAULT 'individual',
  	\`portrait_id\` integer,
  	\`employer\` text,
  	\`position\` text,
  	\`region_province\` text,
  	\`region_city\` text,
  	\`region_district\` text,
  	\`innovation_studio_name\` text,
  	\`innovation_studio_description\` text,
  	\`biography\` text,
  	\`quote\` text,
  	\`publication_consent\` integer DEFAULT false,
  	\`review_stage\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`proof_pass\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`organization_id\` integer,
  	\`created_by_id\` integer,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`model_workers_portrait_idx\` ON \`model_workers\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_review_stage_idx\` ON \`model_workers\` (\`review_stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`model_workers_slug_idx\` ON \`model_workers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_published_at_idx\` ON \`model_workers\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_organization_idx\` ON \`model_workers\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_created_by_idx\` ON \`model_workers\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_updated_at_idx\` ON \`model_workers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_created_at_idx\` ON \`model_workers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers__status_idx\` ON \`model_workers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`model_workers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`model_workers_rels_order_idx\` ON \`model_workers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_parent_idx\` ON \`model_workers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_path_idx\` ON \`model_workers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_articles_id_idx\` ON \`model_workers_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`_model_workers_v_version_honors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`honor_id\` integer,
  	\`year\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`honor_id\`) REFERENCES \`honors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_model_workers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_honors_order_idx\` ON \`_model_workers_v_version_honors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_honors_parent_id_idx\` ON \`_model_workers_v_version_honors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_honors_honor_idx\` ON \`_model_workers_v_version_honors\` (\`honor_id\`);`)
  await db.run(sql`CREATE TABLE \`_model_workers_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_model_workers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_review_log_order_idx\` ON \`_model_workers_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_review_log_parent_id_idx\` ON \`_model_workers_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_review_log_user_idx\` ON \`_model_workers_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_model_workers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_kind\` text DEFAULT 'individual',
  	\`version_portrait_id\` integer,
  	\`version_employer\` text,
  	\`version_position\` text,
  	\`version_region_province\` text,
  	\`version_region_city\` text,
  	\`version_region_district\` text,
  	\`version_innovation_studio_name\` text,
  	\`version_innovation_studio_description\` text,
  	\`version_biography\` text,
  	\`version_quote\` text,
  	\`version_publication_consent\` integer DEFAULT false,
  	\`version_review_stage\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_proof_pass\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_organization_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_model_workers_v_parent_idx\` ON \`_model_workers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_portrait_idx\` ON \`_model_workers_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_review_stage_idx\` ON \`_model_workers_v\` (\`version_review_stage\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_slug_idx\` ON \`_model_workers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_published_at_idx\` ON \`_model_workers_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_organization_idx\` ON \`_model_workers_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_created_by_idx\` ON \`_model_workers_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_updated_at_idx\` ON \`_model_workers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_created_at_idx\` ON \`_model_workers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version__status_idx\` ON \`_model_workers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_created_at_idx\` ON \`_model_workers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_updated_at_idx\` ON \`_model_workers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_latest_idx\` ON \`_model_workers_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_model_workers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_model_workers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_order_idx\` ON \`_model_workers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_parent_idx\` ON \`_model_workers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_path_idx\` ON \`_model_workers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_articles_id_idx\` ON \`_model_workers_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`galleries_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`photo_id\` integer,
  	\`caption\` text,
  	\`credit\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`galleries_items_order_idx\` ON \`galleries_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`galleries_items_parent_id_idx\` ON \`galleries_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_items_photo_idx\` ON \`galleries_items\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`galleries_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`galleries_review_log_order_idx\` ON \`galleries_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`galleries_review_log_parent_id_idx\` ON \`galleries_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_review_log_user_idx\` ON \`galleries_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`galleries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`review_stage\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`proof_pass\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`organization_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`galleries_cover_idx\` ON \`galleries\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_review_stage_idx\` ON \`galleries\` (\`review_stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`galleries_slug_idx\` ON \`galleries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`galleries_published_at_idx\` ON \`galleries\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries_organization_idx\` ON \`galleries\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_created_by_idx\` ON \`galleries\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_updated_at_idx\` ON \`galleries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries_created_at_idx\` ON \`galleries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries__status_idx\` ON \`galleries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`galleries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`galleries_rels_order_idx\` ON \`galleries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_parent_idx\` ON \`galleries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_path_idx\` ON \`galleries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_topics_id_idx\` ON \`galleries_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_galleries_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`photo_id\` integer,
  	\`caption\` text,
  	\`credit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_galleries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_items_order_idx\` ON \`_galleries_v_version_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_items_parent_id_idx\` ON \`_galleries_v_version_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_items_photo_idx\` ON \`_galleries_v_version_items\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`_galleries_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_galleries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_review_log_order_idx\` ON \`_galleries_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_review_log_parent_id_idx\` ON \`_galleries_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_review_log_user_idx\` ON \`_galleries_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_galleries_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_review_stage\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_proof_pass\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_organization_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_galleries_v_parent_idx\` ON \`_galleries_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_cover_idx\` ON \`_galleries_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_review_stage_idx\` ON \`_galleries_v\` (\`version_review_stage\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_slug_idx\` ON \`_galleries_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_published_at_idx\` ON \`_galleries_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_organization_idx\` ON \`_galleries_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_created_by_idx\` ON \`_galleries_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_updated_at_idx\` ON \`_galleries_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version_created_at_idx\` ON \`_galleries_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_version__status_idx\` ON \`_galleries_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_created_at_idx\` ON \`_galleries_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_updated_at_idx\` ON \`_galleries_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_latest_idx\` ON \`_galleries_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_galleries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_galleries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_order_idx\` ON \`_galleries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_parent_idx\` ON \`_galleries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_path_idx\` ON \`_galleries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_topics_id_idx\` ON \`_galleries_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`video_campaigns_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`video_campaigns_partners_order_idx\` ON \`video_campaigns_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_partners_parent_id_idx\` ON \`video_campaigns_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`video_campaigns_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`video_campaigns_channels_order_idx\` ON \`video_campaigns_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_channels_parent_id_idx\` ON \`video_campaigns_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`video_campaigns_episodes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`air_date\` text,
  	\`duration\` numeric,
  	\`source\` text DEFAULT 'upload',
  	\`file_id\` integer,
  	\`url\` text,
  	\`poster_id\` integer,
  	\`description\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`video_campaigns_episodes_order_idx\` ON \`video_campaigns_episodes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_episodes_parent_id_idx\` ON \`video_campaigns_episodes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_episodes_file_idx\` ON \`video_campaigns_episodes\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_episodes_poster_idx\` ON \`video_campaigns_episodes\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`video_campaigns_recognitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`award\` text,
  	\`level\` text,
  	\`year\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`video_campaigns_recognitions_order_idx\` ON \`video_campaigns_recognitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_recognitions_parent_id_idx\` ON \`video_campaigns_recognitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`video_campaigns_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`video_campaigns_review_log_order_idx\` ON \`video_campaigns_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_review_log_parent_id_idx\` ON \`video_campaigns_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_review_log_user_idx\` ON \`video_campaigns_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`video_campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`cover_id\` integer,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`review_stage\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`proof_pass\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`organization_id\` integer,
  	\`created_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`video_campaigns_cover_idx\` ON \`video_campaigns\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_review_stage_idx\` ON \`video_campaigns\` (\`review_stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`video_campaigns_slug_idx\` ON \`video_campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_published_at_idx\` ON \`video_campaigns\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_organization_idx\` ON \`video_campaigns\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_created_by_idx\` ON \`video_campaigns\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_updated_at_idx\` ON \`video_campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_created_at_idx\` ON \`video_campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns__status_idx\` ON \`video_campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`video_campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_order_idx\` ON \`video_campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_parent_idx\` ON \`video_campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_path_idx\` ON \`video_campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_articles_id_idx\` ON \`video_campaigns_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_topics_id_idx\` ON \`video_campaigns_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`_video_campaigns_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_video_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_partners_order_idx\` ON \`_video_campaigns_v_version_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_partners_parent_id_idx\` ON \`_video_campaigns_v_version_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_video_campaigns_v_version_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_video_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_channels_order_idx\` ON \`_video_campaigns_v_version_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_channels_parent_id_idx\` ON \`_video_campaigns_v_version_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_video_campaigns_v_version_episodes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`air_date\` text,
  	\`duration\` numeric,
  	\`source\` text DEFAULT 'upload',
  	\`file_id\` integer,
  	\`url\` text,
  	\`poster_id\` integer,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_video_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_episodes_order_idx\` ON \`_video_campaigns_v_version_episodes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_episodes_parent_id_idx\` ON \`_video_campaigns_v_version_episodes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_episodes_file_idx\` ON \`_video_campaigns_v_version_episodes\` (\`file_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_episodes_poster_idx\` ON \`_video_campaigns_v_version_episodes\` (\`poster_id\`);`)
  await db.run(sql`CREATE TABLE \`_video_campaigns_v_version_recognitions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`award\` text,
  	\`level\` text,
  	\`year\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_video_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_recognitions_order_idx\` ON \`_video_campaigns_v_version_recognitions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_recognitions_parent_id_idx\` ON \`_video_campaigns_v_version_recognitions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_video_campaigns_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_video_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_review_log_order_idx\` ON \`_video_campaigns_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_review_log_parent_id_idx\` ON \`_video_campaigns_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_review_log_user_idx\` ON \`_video_campaigns_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_video_campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_cover_id\` integer,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_review_stage\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_proof_pass\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_organization_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_parent_idx\` ON \`_video_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version_cover_idx\` ON \`_video_campaigns_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version_review_stage_idx\` ON \`_video_campaigns_v\` (\`version_review_stage\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version_slug_idx\` ON \`_video_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version_published_at_idx\` ON \`_video_campaigns_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version_organization_idx\` ON \`_video_campaigns_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version_created_by_idx\` ON \`_video_campaigns_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version_updated_at_idx\` ON \`_video_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version_created_at_idx\` ON \`_video_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_version__status_idx\` ON \`_video_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_created_at_idx\` ON \`_video_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_updated_at_idx\` ON \`_video_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_latest_idx\` ON \`_video_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_video_campaigns_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_video_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_order_idx\` ON \`_video_campaigns_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_parent_idx\` ON \`_video_campaigns_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_path_idx\` ON \`_video_campaigns_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_articles_id_idx\` ON \`_video_campaigns_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_topics_id_idx\` ON \`_video_campaigns_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews_bylines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`name\` text,
  	\`user_id\` integer,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_bylines_order_idx\` ON \`yearly_reviews_bylines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_bylines_parent_id_idx\` ON \`yearly_reviews_bylines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_bylines_user_idx\` ON \`yearly_reviews_bylines\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`qualifier\` text,
  	\`pillar\` text,
  	\`comparison_previous_value\` numeric,
  	\`comparison_note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_key_figures_order_idx\` ON \`yearly_reviews_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_key_figures_parent_id_idx\` ON \`yearly_reviews_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`content\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_sections_order_idx\` ON \`yearly_reviews_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_sections_parent_id_idx\` ON \`yearly_reviews_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews_plans_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`yearly_reviews_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_plans_targets_order_idx\` ON \`yearly_reviews_plans_targets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_plans_targets_parent_id_idx\` ON \`yearly_reviews_plans_targets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews_plans\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_plans_order_idx\` ON \`yearly_reviews_plans\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_plans_parent_id_idx\` ON \`yearly_reviews_plans\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_review_log_order_idx\` ON \`yearly_reviews_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_review_log_parent_id_idx\` ON \`yearly_reviews_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_review_log_user_idx\` ON \`yearly_reviews_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_credits_order_idx\` ON \`yearly_reviews_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_credits_parent_id_idx\` ON \`yearly_reviews_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`subtitle\` text,
  	\`period_first_year\` numeric,
  	\`period_last_year\` numeric,
  	\`lead\` text,
  	\`cover_id\` integer,
  	\`review_stage\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`proof_pass\` text,
  	\`source_publication\` text,
  	\`source_page\` text,
  	\`source_issue_date\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`import_hash\` text,
  	\`organization_id\` integer,
  	\`created_by_id\` integer,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_cover_idx\` ON \`yearly_reviews\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_review_stage_idx\` ON \`yearly_reviews\` (\`review_stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`yearly_reviews_slug_idx\` ON \`yearly_reviews\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_published_at_idx\` ON \`yearly_reviews\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_import_hash_idx\` ON \`yearly_reviews\` (\`import_hash\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_organization_idx\` ON \`yearly_reviews\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_created_by_idx\` ON \`yearly_reviews\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_updated_at_idx\` ON \`yearly_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_created_at_idx\` ON \`yearly_reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews__status_idx\` ON \`yearly_reviews\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`yearly_reviews_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`articles_id\` integer,
  	\`model_workers_id\` integer,
  	\`galleries_id\` integer,
  	\`video_campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_campaigns_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_order_idx\` ON \`yearly_reviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_parent_idx\` ON \`yearly_reviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_path_idx\` ON \`yearly_reviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_topics_id_idx\` ON \`yearly_reviews_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_articles_id_idx\` ON \`yearly_reviews_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_model_workers_id_idx\` ON \`yearly_reviews_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_galleries_id_idx\` ON \`yearly_reviews_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_video_campaigns_id_idx\` ON \`yearly_reviews_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v_version_bylines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`name\` text,
  	\`user_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_yearly_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_bylines_order_idx\` ON \`_yearly_reviews_v_version_bylines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_bylines_parent_id_idx\` ON \`_yearly_reviews_v_version_bylines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_bylines_user_idx\` ON \`_yearly_reviews_v_version_bylines\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v_version_key_figures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`qualifier\` text,
  	\`pillar\` text,
  	\`comparison_previous_value\` numeric,
  	\`comparison_note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_yearly_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_key_figures_order_idx\` ON \`_yearly_reviews_v_version_key_figures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_key_figures_parent_id_idx\` ON \`_yearly_reviews_v_version_key_figures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`content\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_yearly_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_sections_order_idx\` ON \`_yearly_reviews_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_sections_parent_id_idx\` ON \`_yearly_reviews_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v_version_plans_targets\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_yearly_reviews_v_version_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_plans_targets_order_idx\` ON \`_yearly_reviews_v_version_plans_targets\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_plans_targets_parent_id_idx\` ON \`_yearly_reviews_v_version_plans_targets\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v_version_plans\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_yearly_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_plans_order_idx\` ON \`_yearly_reviews_v_version_plans\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_plans_parent_id_idx\` ON \`_yearly_reviews_v_version_plans\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v_version_review_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`from\` text,
  	\`to\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`at\` text,
  	\`comment\` text,
  	\`proof_pass\` text,
  	\`warnings\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_yearly_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_review_log_order_idx\` ON \`_yearly_reviews_v_version_review_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_review_log_parent_id_idx\` ON \`_yearly_reviews_v_version_review_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_review_log_user_idx\` ON \`_yearly_reviews_v_version_review_log\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v_version_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`role\` text,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_yearly_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_credits_order_idx\` ON \`_yearly_reviews_v_version_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_credits_parent_id_idx\` ON \`_yearly_reviews_v_version_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_period_first_year\` numeric,
  	\`version_period_last_year\` numeric,
  	\`version_lead\` text,
  	\`version_cover_id\` integer,
  	\`version_review_stage\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_proof_pass\` text,
  	\`version_source_publication\` text,
  	\`version_source_page\` text,
  	\`version_source_issue_date\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_import_hash\` text,
  	\`version_organization_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_parent_idx\` ON \`_yearly_reviews_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_cover_idx\` ON \`_yearly_reviews_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_review_stage_idx\` ON \`_yearly_reviews_v\` (\`version_review_stage\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_slug_idx\` ON \`_yearly_reviews_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_published_at_idx\` ON \`_yearly_reviews_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_import_hash_idx\` ON \`_yearly_reviews_v\` (\`version_import_hash\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_organization_idx\` ON \`_yearly_reviews_v\` (\`version_organization_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_created_by_idx\` ON \`_yearly_reviews_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_updated_at_idx\` ON \`_yearly_reviews_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version_created_at_idx\` ON \`_yearly_reviews_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_version__status_idx\` ON \`_yearly_reviews_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_created_at_idx\` ON \`_yearly_reviews_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_updated_at_idx\` ON \`_yearly_reviews_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_latest_idx\` ON \`_yearly_reviews_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_yearly_reviews_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`articles_id\` integer,
  	\`model_workers_id\` integer,
  	\`galleries_id\` integer,
  	\`video_campaigns_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_yearly_reviews_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_campaigns_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_order_idx\` ON \`_yearly_reviews_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_parent_idx\` ON \`_yearly_reviews_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_path_idx\` ON \`_yearly_reviews_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_topics_id_idx\` ON \`_yearly_reviews_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_articles_id_idx\` ON \`_yearly_reviews_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_model_workers_id_idx\` ON \`_yearly_reviews_v_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_galleries_id_idx\` ON \`_yearly_reviews_v_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_video_campaigns_id_idx\` ON \`_yearly_reviews_v_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`credit\` text,
  	\`taken_at\` text,
  	\`place\` text,
  	\`event\` text,
  	\`organization_id\` integer,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_feature_url\` text,
  	\`sizes_feature_width\` numeric,
  	\`sizes_feature_height\` numeric,
  	\`sizes_feature_mime_type\` text,
  	\`sizes_feature_filesize\` numeric,
  	\`sizes_feature_filename\` text,
  	\`sizes_hero_url\` text,
  	\`sizes_hero_width\` numeric,
  	\`sizes_hero_height\` numeric,
  	\`sizes_hero_mime_type\` text,
  	\`sizes_hero_filesize\` numeric,
  	\`sizes_hero_filename\` text,
  	\`sizes_social_url\` text,
  	\`sizes_social_width\` numeric,
  	\`sizes_social_height\` numeric,
  	\`sizes_social_mime_type\` text,
  	\`sizes_social_filesize\` numeric,
  	\`sizes_social_filename\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_organization_idx\` ON \`media\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_feature_sizes_feature_filename_idx\` ON \`media\` (\`sizes_feature_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_hero_sizes_hero_filename_idx\` ON \`media\` (\`sizes_hero_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_social_sizes_social_filename_idx\` ON \`media\` (\`sizes_social_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`model_workers_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_model_workers_id_idx\` ON \`media_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_name_idx\` ON \`topics\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`slug\` text,
  	\`level\` text NOT NULL,
  	\`region_province\` text,
  	\`region_city\` text,
  	\`region_district\` text,
  	\`parent_id\` integer,
  	\`logo_id\` integer,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_name_idx\` ON \`organizations\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_parent_idx\` ON \`organizations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_logo_idx\` ON \`organizations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`honors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`recipient_type\` text DEFAULT 'individual' NOT NULL,
  	\`awarding_body\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`honors_name_idx\` ON \`honors\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`honors_updated_at_idx\` ON \`honors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`honors_created_at_idx\` ON \`honors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sensitive_words\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`word\` text NOT NULL,
  	\`category\` text DEFAULT 'other',
  	\`action\` text DEFAULT 'warn' NOT NULL,
  	\`replacement\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sensitive_words_word_idx\` ON \`sensitive_words\` (\`word\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_updated_at_idx\` ON \`sensitive_words\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sensitive_words_created_at_idx\` ON \`sensitive_words\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`organization_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organization_idx\` ON \`users\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`model_workers_id\` integer,
  	\`galleries_id\` integer,
  	\`video_campaigns_id\` integer,
  	\`yearly_reviews_id\` integer,
  	\`media_id\` integer,
  	\`topics_id\` integer,
  	\`organizations_id\` integer,
  	\`honors_id\` integer,
  	\`sensitive_words_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_campaigns_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`yearly_reviews_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`honors_id\`) REFERENCES \`honors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_words_id\`) REFERENCES \`sensitive_words\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_model_workers_id_idx\` ON \`payload_locked_documents_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_galleries_id_idx\` ON \`payload_locked_documents_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_video_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_yearly_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_honors_id_idx\` ON \`payload_locked_documents_rels\` (\`honors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_bylines\`;`)
  await db.run(sql`DROP TABLE \`articles_credits\`;`)
  await db.run(sql`DROP TABLE \`articles_review_log\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_bylines\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_credits\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`model_workers_honors\`;`)
  await db.run(sql`DROP TABLE \`model_workers_review_log\`;`)
  await db.run(sql`DROP TABLE \`model_workers\`;`)
  await db.run(sql`DROP TABLE \`model_workers_rels\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v_version_honors\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`galleries_items\`;`)
  await db.run(sql`DROP TABLE \`galleries_review_log\`;`)
  await db.run(sql`DROP TABLE \`galleries\`;`)
  await db.run(sql`DROP TABLE \`galleries_rels\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns_partners\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns_channels\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns_episodes\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns_recognitions\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns_review_log\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v_version_partners\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v_version_episodes\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v_version_recognitions\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v_rels\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_bylines\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_key_figures\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_sections\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_plans_targets\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_plans\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_review_log\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_credits\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_rels\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_version_bylines\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_version_key_figures\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_version_plans_targets\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_version_plans\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_version_review_log\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_version_credits\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`honors\`;`)
  await db.run(sql`DROP TABLE \`sensitive_words\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
