import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`short_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`articles_wechat_wechat_pushed_by_idx\` ON \`articles\` (\`wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_short_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_wechat_version_wechat_pushed_by_idx\` ON \`_articles_v\` (\`version_wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`short_title\` text;`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`model_workers_wechat_wechat_pushed_by_idx\` ON \`model_workers\` (\`wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_short_title\` text;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_wechat_version_wechat_pushed_by_idx\` ON \`_model_workers_v\` (\`version_wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`short_title\` text;`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`galleries\` ADD \`wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`galleries_wechat_wechat_pushed_by_idx\` ON \`galleries\` (\`wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_short_title\` text;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_galleries_v\` ADD \`version_wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_version_wechat_version_wechat_pushed_by_idx\` ON \`_galleries_v\` (\`version_wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`video_campaigns\` ADD \`short_title\` text;`)
  await db.run(sql`ALTER TABLE \`video_campaigns\` ADD \`wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`video_campaigns\` ADD \`wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`video_campaigns\` ADD \`wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`video_campaigns\` ADD \`wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`video_campaigns_wechat_wechat_pushed_by_idx\` ON \`video_campaigns\` (\`wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v\` ADD \`version_short_title\` text;`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v\` ADD \`version_wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v\` ADD \`version_wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v\` ADD \`version_wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v\` ADD \`version_wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_version_wechat_version_wechat_pushed__idx\` ON \`_video_campaigns_v\` (\`version_wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`yearly_reviews\` ADD \`short_title\` text;`)
  await db.run(sql`ALTER TABLE \`yearly_reviews\` ADD \`wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`yearly_reviews\` ADD \`wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`yearly_reviews\` ADD \`wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`yearly_reviews\` ADD \`wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_wechat_wechat_pushed_by_idx\` ON \`yearly_reviews\` (\`wechat_pushed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_yearly_reviews_v\` ADD \`version_short_title\` text;`)
  await db.run(sql`ALTER TABLE \`_yearly_reviews_v\` ADD \`version_wechat_media_id\` text;`)
  await db.run(sql`ALTER TABLE \`_yearly_reviews_v\` ADD \`version_wechat_pushed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_yearly_reviews_v\` ADD \`version_wechat_pushed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_yearly_reviews_v\` ADD \`version_wechat_state\` text;`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_version_wechat_version_wechat_pushed_b_idx\` ON \`_yearly_reviews_v\` (\`version_wechat_pushed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
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
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "subtitle", "summary", "cover_id", "body", "source_publication", "source_page", "source_issue_date", "featured", "review_stage", "review_comment", "proof_pass", "slug", "published_at", "import_hash", "organization_id", "created_by_id", "seo_title", "seo_description", "updated_at", "created_at", "_status") SELECT "id", "title", "subtitle", "summary", "cover_id", "body", "source_publication", "source_page", "source_issue_date", "featured", "review_stage", "review_comment", "proof_pass", "slug", "published_at", "import_hash", "organization_id", "created_by_id", "seo_title", "seo_description", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
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
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_subtitle", "version_summary", "version_cover_id", "version_body", "version_source_publication", "version_source_page", "version_source_issue_date", "version_featured", "version_review_stage", "version_review_comment", "version_proof_pass", "version_slug", "version_published_at", "version_import_hash", "version_organization_id", "version_created_by_id", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_subtitle", "version_summary", "version_cover_id", "version_body", "version_source_publication", "version_source_page", "version_source_issue_date", "version_featured", "version_review_stage", "version_review_comment", "version_proof_pass", "version_slug", "version_published_at", "version_import_hash", "version_organization_id", "version_created_by_id", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_model_workers\` (
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
  await db.run(sql`INSERT INTO \`__new_model_workers\`("id", "name", "kind", "portrait_id", "employer", "position", "region_province", "region_city", "region_district", "innovation_studio_name", "innovation_studio_description", "biography", "quote", "publication_consent", "review_stage", "review_comment", "proof_pass", "slug", "published_at", "organization_id", "created_by_id", "seo_title", "seo_description", "updated_at", "created_at", "_status") SELECT "id", "name", "kind", "portrait_id", "employer", "position", "region_province", "region_city", "region_district", "innovation_studio_name", "innovation_studio_description", "biography", "quote", "publication_consent", "review_stage", "review_comment", "proof_pass", "slug", "published_at", "organization_id", "created_by_id", "seo_title", "seo_description", "updated_at", "created_at", "_status" FROM \`model_workers\`;`)
  await db.run(sql`DROP TABLE \`model_workers\`;`)
  await db.run(sql`ALTER TABLE \`__new_model_workers\` RENAME TO \`model_workers\`;`)
  await db.run(sql`CREATE INDEX \`model_workers_portrait_idx\` ON \`model_workers\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_review_stage_idx\` ON \`model_workers\` (\`review_stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`model_workers_slug_idx\` ON \`model_workers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_published_at_idx\` ON \`model_workers\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_organization_idx\` ON \`model_workers\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_created_by_idx\` ON \`model_workers\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_updated_at_idx\` ON \`model_workers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_created_at_idx\` ON \`model_workers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`model_workers__status_idx\` ON \`model_workers\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__model_workers_v\` (
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
  await db.run(sql`INSERT INTO \`__new__model_workers_v\`("id", "parent_id", "version_name", "version_kind", "version_portrait_id", "version_employer", "version_position", "version_region_province", "version_region_city", "version_region_district", "version_innovation_studio_name", "version_innovation_studio_description", "version_biography", "version_quote", "version_publication_consent", "version_review_stage", "version_review_comment", "version_proof_pass", "version_slug", "version_published_at", "version_organization_id", "version_created_by_id", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_kind", "version_portrait_id", "version_employer", "version_position", "version_region_province", "version_region_city", "version_region_district", "version_innovation_studio_name", "version_innovation_studio_description", "version_biography", "version_quote", "version_publication_consent", "version_review_stage", "version_review_comment", "version_proof_pass", "version_slug", "version_published_at", "version_organization_id", "version_created_by_id", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_model_workers_v\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__model_workers_v\` RENAME TO \`_model_workers_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_galleries\` (
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
  await db.run(sql`INSERT INTO \`__new_galleries\`("id", "title", "summary", "cover_id", "review_stage", "review_comment", "proof_pass", "slug", "published_at", "organization_id", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "cover_id", "review_stage", "review_comment", "proof_pass", "slug", "published_at", "organization_id", "created_by_id", "updated_at", "created_at", "_status" FROM \`galleries\`;`)
  await db.run(sql`DROP TABLE \`galleries\`;`)
  await db.run(sql`ALTER TABLE \`__new_galleries\` RENAME TO \`galleries\`;`)
  await db.run(sql`CREATE INDEX \`galleries_cover_idx\` ON \`galleries\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_review_stage_idx\` ON \`galleries\` (\`review_stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`galleries_slug_idx\` ON \`galleries\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`galleries_published_at_idx\` ON \`galleries\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries_organization_idx\` ON \`galleries\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_created_by_idx\` ON \`galleries\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_updated_at_idx\` ON \`galleries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries_created_at_idx\` ON \`galleries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`galleries__status_idx\` ON \`galleries\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__galleries_v\` (
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
  await db.run(sql`INSERT INTO \`__new__galleries_v\`("id", "parent_id", "version_title", "version_summary", "version_cover_id", "version_review_stage", "version_review_comment", "version_proof_pass", "version_slug", "version_published_at", "version_organization_id", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_summary", "version_cover_id", "version_review_stage", "version_review_comment", "version_proof_pass", "version_slug", "version_published_at", "version_organization_id", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_galleries_v\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__galleries_v\` RENAME TO \`_galleries_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_video_campaigns\` (
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
  await db.run(sql`INSERT INTO \`__new_video_campaigns\`("id", "title", "summary", "cover_id", "period_start", "period_end", "review_stage", "review_comment", "proof_pass", "slug", "published_at", "organization_id", "created_by_id", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "cover_id", "period_start", "period_end", "review_stage", "review_comment", "proof_pass", "slug", "published_at", "organization_id", "created_by_id", "updated_at", "created_at", "_status" FROM \`video_campaigns\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns\`;`)
  await db.run(sql`ALTER TABLE \`__new_video_campaigns\` RENAME TO \`video_campaigns\`;`)
  await db.run(sql`CREATE INDEX \`video_campaigns_cover_idx\` ON \`video_campaigns\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_review_stage_idx\` ON \`video_campaigns\` (\`review_stage\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`video_campaigns_slug_idx\` ON \`video_campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_published_at_idx\` ON \`video_campaigns\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_organization_idx\` ON \`video_campaigns\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_created_by_idx\` ON \`video_campaigns\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_updated_at_idx\` ON \`video_campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_created_at_idx\` ON \`video_campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns__status_idx\` ON \`video_campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__video_campaigns_v\` (
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
  await db.run(sql`INSERT INTO \`__new__video_campaigns_v\`("id", "parent_id", "version_title", "version_summary", "version_cover_id", "version_period_start", "version_period_end", "version_review_stage", "version_review_comment", "version_proof_pass", "version_slug", "version_published_at", "version_organization_id", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_summary", "version_cover_id", "version_period_start", "version_period_end", "version_review_stage", "version_review_comment", "version_proof_pass", "version_slug", "version_published_at", "version_organization_id", "version_created_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_video_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__video_campaigns_v\` RENAME TO \`_video_campaigns_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_yearly_reviews\` (
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
  await db.run(sql`INSERT INTO \`__new_yearly_reviews\`("id", "title", "subtitle", "period_first_year", "period_last_year", "lead", "cover_id", "review_stage", "review_comment", "proof_pass", "source_publication", "source_page", "source_issue_date", "slug", "published_at", "import_hash", "organization_id", "created_by_id", "seo_title", "seo_description", "updated_at", "created_at", "_status") SELECT "id", "title", "subtitle", "period_first_year", "period_last_year", "lead", "cover_id", "review_stage", "review_comment", "proof_pass", "source_publication", "source_page", "source_issue_date", "slug", "published_at", "import_hash", "organization_id", "created_by_id", "seo_title", "seo_description", "updated_at", "created_at", "_status" FROM \`yearly_reviews\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews\`;`)
  await db.run(sql`ALTER TABLE \`__new_yearly_reviews\` RENAME TO \`yearly_reviews\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__yearly_reviews_v\` (
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
  await db.run(sql`INSERT INTO \`__new__yearly_reviews_v\`("id", "parent_id", "version_title", "version_subtitle", "version_period_first_year", "version_period_last_year", "version_lead", "version_cover_id", "version_review_stage", "version_review_comment", "version_proof_pass", "version_source_publication", "version_source_page", "version_source_issue_date", "version_slug", "version_published_at", "version_import_hash", "version_organization_id", "version_created_by_id", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_subtitle", "version_period_first_year", "version_period_last_year", "version_lead", "version_cover_id", "version_review_stage", "version_review_comment", "version_proof_pass", "version_source_publication", "version_source_page", "version_source_issue_date", "version_slug", "version_published_at", "version_import_hash", "version_organization_id", "version_created_by_id", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_yearly_reviews_v\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__yearly_reviews_v\` RENAME TO \`_yearly_reviews_v\`;`)
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
}
