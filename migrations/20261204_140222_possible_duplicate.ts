import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`possible_duplicate_of_id\` integer REFERENCES model_workers(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`model_workers_possible_duplicate_of_idx\` ON \`model_workers\` (\`possible_duplicate_of_id\`);`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_possible_duplicate_of_id\` integer REFERENCES model_workers(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_possible_duplicate_of_idx\` ON \`_model_workers_v\` (\`version_possible_duplicate_of_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`short_title\` text,
  	\`wechat_media_id\` text,
  	\`wechat_pushed_at\` text,
  	\`wechat_pushed_by_id\` integer,
  	\`wechat_state\` text,
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
  	FOREIGN KEY (\`wechat_pushed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_model_workers\`("id", "name", "kind", "portrait_id", "employer", "position", "region_province", "region_city", "region_district", "innovation_studio_name", "innovation_studio_description", "biography", "quote", "publication_consent", "review_stage", "review_comment", "proof_pass", "short_title", "wechat_media_id", "wechat_pushed_at", "wechat_pushed_by_id", "wechat_state", "slug", "published_at", "organization_id", "created_by_id", "seo_title", "seo_description", "updated_at", "created_at", "_status") SELECT "id", "name", "kind", "portrait_id", "employer", "position", "region_province", "region_city", "region_district", "innovation_studio_name", "innovation_studio_description", "biography", "quote", "publication_consent", "review_stage", "review_comment", "proof_pass", "short_title", "wechat_media_id", "wechat_pushed_at", "wechat_pushed_by_id", "wechat_state", "slug", "published_at", "organization_id", "created_by_id", "seo_title", "seo_description", "updated_at", "created_at", "_status" FROM \`model_workers\`;`)
  await db.run(sql`DROP TABLE \`model_workers\`;`)
  await db.run(sql`ALTER TABLE \`__new_model_workers\` RENAME TO \`model_workers\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`model_workers_portrait_idx\` ON \`model_workers\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_review_stage_idx\` ON \`model_workers\` (\`review_stage\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_wechat_wechat_pushed_by_idx\` ON \`model_workers\` (\`wechat_pushed_by_id\`);`)
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
  	\`version_short_title\` text,
  	\`version_wechat_media_id\` text,
  	\`version_wechat_pushed_at\` text,
  	\`version_wechat_pushed_by_id\` integer,
  	\`version_wechat_state\` text,
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
  	FOREIGN KEY (\`version_wechat_pushed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__model_workers_v\`("id", "parent_id", "version_name", "version_kind", "version_portrait_id", "version_employer", "version_position", "version_region_province", "version_region_city", "version_region_district", "version_innovation_studio_name", "version_innovation_studio_description", "version_biography", "version_quote", "version_publication_consent", "version_review_stage", "version_review_comment", "version_proof_pass", "version_short_title", "version_wechat_media_id", "version_wechat_pushed_at", "version_wechat_pushed_by_id", "version_wechat_state", "version_slug", "version_published_at", "version_organization_id", "version_created_by_id", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_kind", "version_portrait_id", "version_employer", "version_position", "version_region_province", "version_region_city", "version_region_district", "version_innovation_studio_name", "version_innovation_studio_description", "version_biography", "version_quote", "version_publication_consent", "version_review_stage", "version_review_comment", "version_proof_pass", "version_short_title", "version_wechat_media_id", "version_wechat_pushed_at", "version_wechat_pushed_by_id", "version_wechat_state", "version_slug", "version_published_at", "version_organization_id", "version_created_by_id", "version_seo_title", "version_seo_description", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_model_workers_v\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__model_workers_v\` RENAME TO \`_model_workers_v\`;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_parent_idx\` ON \`_model_workers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_portrait_idx\` ON \`_model_workers_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_review_stage_idx\` ON \`_model_workers_v\` (\`version_review_stage\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_wechat_version_wechat_pushed_by_idx\` ON \`_model_workers_v\` (\`version_wechat_pushed_by_id\`);`)
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
}
