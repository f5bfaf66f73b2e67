// Hand-edited: drizzle-kit's SQLite ALTER TABLE … ADD … REFERENCES leaves out ON DELETE; the
// clauses below are those of the schema (relation rows cascade, single references set null),
// as the PostgreSQL migration has them — without them deleting a unit or a profile fails.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`document_key\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`from_unit_id\` integer NOT NULL,
  	\`to_unit_id\` integer NOT NULL,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`message\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`from_unit_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`to_unit_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_document_key_idx\` ON \`submissions\` (\`document_key\`);`)
  await db.run(sql`CREATE INDEX \`submissions_status_idx\` ON \`submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`submissions_from_unit_idx\` ON \`submissions\` (\`from_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_to_unit_idx\` ON \`submissions\` (\`to_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_submitted_by_idx\` ON \`submissions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_submitted_at_idx\` ON \`submissions\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_decided_by_idx\` ON \`submissions\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_updated_at_idx\` ON \`submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`submissions_created_at_idx\` ON \`submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`submissions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`model_workers_id\` integer,
  	\`galleries_id\` integer,
  	\`video_campaigns_id\` integer,
  	\`yearly_reviews_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`model_workers_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`galleries_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`video_campaigns_id\`) REFERENCES \`video_campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`yearly_reviews_id\`) REFERENCES \`yearly_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`submissions_rels_order_idx\` ON \`submissions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_parent_idx\` ON \`submissions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_path_idx\` ON \`submissions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_articles_id_idx\` ON \`submissions_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_model_workers_id_idx\` ON \`submissions_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_galleries_id_idx\` ON \`submissions_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_video_campaigns_id_idx\` ON \`submissions_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`submissions_rels_yearly_reviews_id_idx\` ON \`submissions_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`CREATE TABLE \`organizations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_rels_order_idx\` ON \`organizations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_parent_idx\` ON \`organizations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_path_idx\` ON \`organizations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_topics_id_idx\` ON \`organizations_rels\` (\`topics_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`articles_id\` integer REFERENCES articles(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`articles_rels_organizations_id_idx\` ON \`articles_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_articles_id_idx\` ON \`articles_rels\` (\`articles_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`articles_id\` integer REFERENCES articles(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_organizations_id_idx\` ON \`_articles_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_articles_id_idx\` ON \`_articles_v_rels\` (\`articles_id\`);`)
  await db.run(sql`ALTER TABLE \`model_workers\` ADD \`possible_duplicate_of_id\` integer REFERENCES model_workers(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`model_workers_possible_duplicate_of_idx\` ON \`model_workers\` (\`possible_duplicate_of_id\`);`)
  await db.run(sql`ALTER TABLE \`model_workers_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`model_workers_rels\` ADD \`model_workers_id\` integer REFERENCES model_workers(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`model_workers_rels\` ADD \`galleries_id\` integer REFERENCES galleries(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`model_workers_rels\` ADD \`video_campaigns_id\` integer REFERENCES video_campaigns(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`model_workers_rels\` ADD \`yearly_reviews_id\` integer REFERENCES yearly_reviews(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_organizations_id_idx\` ON \`model_workers_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_model_workers_id_idx\` ON \`model_workers_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_galleries_id_idx\` ON \`model_workers_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_video_campaigns_id_idx\` ON \`model_workers_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_yearly_reviews_id_idx\` ON \`model_workers_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`_model_workers_v\` ADD \`version_possible_duplicate_of_id\` integer REFERENCES model_workers(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_version_version_possible_duplicate_of_idx\` ON \`_model_workers_v\` (\`version_possible_duplicate_of_id\`);`)
  await db.run(sql`ALTER TABLE \`_model_workers_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v_rels\` ADD \`model_workers_id\` integer REFERENCES model_workers(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v_rels\` ADD \`galleries_id\` integer REFERENCES galleries(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v_rels\` ADD \`video_campaigns_id\` integer REFERENCES video_campaigns(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_model_workers_v_rels\` ADD \`yearly_reviews_id\` integer REFERENCES yearly_reviews(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_organizations_id_idx\` ON \`_model_workers_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_model_workers_id_idx\` ON \`_model_workers_v_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_galleries_id_idx\` ON \`_model_workers_v_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_video_campaigns_id_idx\` ON \`_model_workers_v_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_yearly_reviews_id_idx\` ON \`_model_workers_v_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`galleries_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`galleries_rels\` ADD \`articles_id\` integer REFERENCES articles(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`galleries_rels\` ADD \`model_workers_id\` integer REFERENCES model_workers(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`galleries_rels\` ADD \`galleries_id\` integer REFERENCES galleries(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`galleries_rels\` ADD \`video_campaigns_id\` integer REFERENCES video_campaigns(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`galleries_rels\` ADD \`yearly_reviews_id\` integer REFERENCES yearly_reviews(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`galleries_rels_organizations_id_idx\` ON \`galleries_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_articles_id_idx\` ON \`galleries_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_model_workers_id_idx\` ON \`galleries_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_galleries_id_idx\` ON \`galleries_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_video_campaigns_id_idx\` ON \`galleries_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_yearly_reviews_id_idx\` ON \`galleries_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`_galleries_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_galleries_v_rels\` ADD \`articles_id\` integer REFERENCES articles(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_galleries_v_rels\` ADD \`model_workers_id\` integer REFERENCES model_workers(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_galleries_v_rels\` ADD \`galleries_id\` integer REFERENCES galleries(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_galleries_v_rels\` ADD \`video_campaigns_id\` integer REFERENCES video_campaigns(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_galleries_v_rels\` ADD \`yearly_reviews_id\` integer REFERENCES yearly_reviews(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_organizations_id_idx\` ON \`_galleries_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_articles_id_idx\` ON \`_galleries_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_model_workers_id_idx\` ON \`_galleries_v_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_galleries_id_idx\` ON \`_galleries_v_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_video_campaigns_id_idx\` ON \`_galleries_v_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_yearly_reviews_id_idx\` ON \`_galleries_v_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`video_campaigns_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`video_campaigns_rels\` ADD \`model_workers_id\` integer REFERENCES model_workers(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`video_campaigns_rels\` ADD \`galleries_id\` integer REFERENCES galleries(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`video_campaigns_rels\` ADD \`video_campaigns_id\` integer REFERENCES video_campaigns(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`video_campaigns_rels\` ADD \`yearly_reviews_id\` integer REFERENCES yearly_reviews(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_organizations_id_idx\` ON \`video_campaigns_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_model_workers_id_idx\` ON \`video_campaigns_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_galleries_id_idx\` ON \`video_campaigns_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_video_campaigns_id_idx\` ON \`video_campaigns_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_yearly_reviews_id_idx\` ON \`video_campaigns_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v_rels\` ADD \`model_workers_id\` integer REFERENCES model_workers(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v_rels\` ADD \`galleries_id\` integer REFERENCES galleries(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v_rels\` ADD \`video_campaigns_id\` integer REFERENCES video_campaigns(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v_rels\` ADD \`yearly_reviews_id\` integer REFERENCES yearly_reviews(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_organizations_id_idx\` ON \`_video_campaigns_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_model_workers_id_idx\` ON \`_video_campaigns_v_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_galleries_id_idx\` ON \`_video_campaigns_v_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_video_campaigns_id_idx\` ON \`_video_campaigns_v_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_yearly_reviews_id_idx\` ON \`_video_campaigns_v_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`yearly_reviews_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`yearly_reviews_rels\` ADD \`yearly_reviews_id\` integer REFERENCES yearly_reviews(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_organizations_id_idx\` ON \`yearly_reviews_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_yearly_reviews_id_idx\` ON \`yearly_reviews_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`_yearly_reviews_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id) ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`_yearly_reviews_v_rels\` ADD \`yearly_reviews_id\` integer REFERENCES yearly_reviews(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_organizations_id_idx\` ON \`_yearly_reviews_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_yearly_reviews_id_idx\` ON \`_yearly_reviews_v_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`organization_id\` integer REFERENCES organizations(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`topics_organization_idx\` ON \`topics\` (\`organization_id\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`site_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`site_name\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`site_path\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`site_domain\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`submissions_id\` integer REFERENCES submissions(id) ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`submissions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`submissions\`;`)
  await db.run(sql`DROP TABLE \`submissions_rels\`;`)
  await db.run(sql`DROP TABLE \`organizations_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_articles_rels\`("id", "order", "parent_id", "path", "topics_id", "model_workers_id", "galleries_id", "video_campaigns_id", "yearly_reviews_id") SELECT "id", "order", "parent_id", "path", "topics_id", "model_workers_id", "galleries_id", "video_campaigns_id", "yearly_reviews_id" FROM \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles_rels\` RENAME TO \`articles_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_topics_id_idx\` ON \`articles_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_model_workers_id_idx\` ON \`articles_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_galleries_id_idx\` ON \`articles_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_video_campaigns_id_idx\` ON \`articles_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_yearly_reviews_id_idx\` ON \`articles_rels\` (\`yearly_reviews_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__articles_v_rels\`("id", "order", "parent_id", "path", "topics_id", "model_workers_id", "galleries_id", "video_campaigns_id", "yearly_reviews_id") SELECT "id", "order", "parent_id", "path", "topics_id", "model_workers_id", "galleries_id", "video_campaigns_id", "yearly_reviews_id" FROM \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_rels\` RENAME TO \`_articles_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_topics_id_idx\` ON \`_articles_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_model_workers_id_idx\` ON \`_articles_v_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_galleries_id_idx\` ON \`_articles_v_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_video_campaigns_id_idx\` ON \`_articles_v_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_yearly_reviews_id_idx\` ON \`_articles_v_rels\` (\`yearly_reviews_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_model_workers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`model_workers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_model_workers_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`model_workers_rels\`;`)
  await db.run(sql`DROP TABLE \`model_workers_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_model_workers_rels\` RENAME TO \`model_workers_rels\`;`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_order_idx\` ON \`model_workers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_parent_idx\` ON \`model_workers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_path_idx\` ON \`model_workers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_articles_id_idx\` ON \`model_workers_rels\` (\`articles_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new__model_workers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_model_workers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__model_workers_v_rels\`("id", "order", "parent_id", "path", "articles_id") SELECT "id", "order", "parent_id", "path", "articles_id" FROM \`_model_workers_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_model_workers_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__model_workers_v_rels\` RENAME TO \`_model_workers_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_order_idx\` ON \`_model_workers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_parent_idx\` ON \`_model_workers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_path_idx\` ON \`_model_workers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_articles_id_idx\` ON \`_model_workers_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_galleries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`galleries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_galleries_rels\`("id", "order", "parent_id", "path", "topics_id") SELECT "id", "order", "parent_id", "path", "topics_id" FROM \`galleries_rels\`;`)
  await db.run(sql`DROP TABLE \`galleries_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_galleries_rels\` RENAME TO \`galleries_rels\`;`)
  await db.run(sql`CREATE INDEX \`galleries_rels_order_idx\` ON \`galleries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_parent_idx\` ON \`galleries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_path_idx\` ON \`galleries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_topics_id_idx\` ON \`galleries_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__galleries_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_galleries_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__galleries_v_rels\`("id", "order", "parent_id", "path", "topics_id") SELECT "id", "order", "parent_id", "path", "topics_id" FROM \`_galleries_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_galleries_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__galleries_v_rels\` RENAME TO \`_galleries_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_order_idx\` ON \`_galleries_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_parent_idx\` ON \`_galleries_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_path_idx\` ON \`_galleries_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_topics_id_idx\` ON \`_galleries_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_video_campaigns_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_video_campaigns_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id" FROM \`video_campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`video_campaigns_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_video_campaigns_rels\` RENAME TO \`video_campaigns_rels\`;`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_order_idx\` ON \`video_campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_parent_idx\` ON \`video_campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_path_idx\` ON \`video_campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_articles_id_idx\` ON \`video_campaigns_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_topics_id_idx\` ON \`video_campaigns_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__video_campaigns_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__video_campaigns_v_rels\`("id", "order", "parent_id", "path", "articles_id", "topics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "topics_id" FROM \`_video_campaigns_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_video_campaigns_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__video_campaigns_v_rels\` RENAME TO \`_video_campaigns_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_order_idx\` ON \`_video_campaigns_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_parent_idx\` ON \`_video_campaigns_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_path_idx\` ON \`_video_campaigns_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_articles_id_idx\` ON \`_video_campaigns_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_topics_id_idx\` ON \`_video_campaigns_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_yearly_reviews_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_yearly_reviews_rels\`("id", "order", "parent_id", "path", "topics_id", "articles_id", "model_workers_id", "galleries_id", "video_campaigns_id") SELECT "id", "order", "parent_id", "path", "topics_id", "articles_id", "model_workers_id", "galleries_id", "video_campaigns_id" FROM \`yearly_reviews_rels\`;`)
  await db.run(sql`DROP TABLE \`yearly_reviews_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_yearly_reviews_rels\` RENAME TO \`yearly_reviews_rels\`;`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_order_idx\` ON \`yearly_reviews_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_parent_idx\` ON \`yearly_reviews_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_path_idx\` ON \`yearly_reviews_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_topics_id_idx\` ON \`yearly_reviews_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_articles_id_idx\` ON \`yearly_reviews_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_model_workers_id_idx\` ON \`yearly_reviews_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_galleries_id_idx\` ON \`yearly_reviews_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_video_campaigns_id_idx\` ON \`yearly_reviews_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__yearly_reviews_v_rels\` (
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
  await db.run(sql`INSERT INTO \`__new__yearly_reviews_v_rels\`("id", "order", "parent_id", "path", "topics_id", "articles_id", "model_workers_id", "galleries_id", "video_campaigns_id") SELECT "id", "order", "parent_id", "path", "topics_id", "articles_id", "model_workers_id", "galleries_id", "video_campaigns_id" FROM \`_yearly_reviews_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_yearly_reviews_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__yearly_reviews_v_rels\` RENAME TO \`_yearly_reviews_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_order_idx\` ON \`_yearly_reviews_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_parent_idx\` ON \`_yearly_reviews_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_path_idx\` ON \`_yearly_reviews_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_topics_id_idx\` ON \`_yearly_reviews_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_articles_id_idx\` ON \`_yearly_reviews_v_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_model_workers_id_idx\` ON \`_yearly_reviews_v_rels\` (\`model_workers_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_galleries_id_idx\` ON \`_yearly_reviews_v_rels\` (\`galleries_id\`);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_video_campaigns_id_idx\` ON \`_yearly_reviews_v_rels\` (\`video_campaigns_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	\`order\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_topics\`("id", "name", "slug", "description", "order", "updated_at", "created_at") SELECT "id", "name", "slug", "description", "order", "updated_at", "created_at" FROM \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`ALTER TABLE \`__new_topics\` RENAME TO \`topics\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_name_idx\` ON \`topics\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  	\`correspondents_id\` integer,
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
  	FOREIGN KEY (\`correspondents_id\`) REFERENCES \`correspondents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sensitive_words_id\`) REFERENCES \`sensitive_words\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "model_workers_id", "galleries_id", "video_campaigns_id", "yearly_reviews_id", "media_id", "topics_id", "organizations_id", "honors_id", "correspondents_id", "sensitive_words_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "model_workers_id", "galleries_id", "video_campaigns_id", "yearly_reviews_id", "media_id", "topics_id", "organizations_id", "honors_id", "correspondents_id", "sensitive_words_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_correspondents_id_idx\` ON \`payload_locked_documents_rels\` (\`correspondents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sensitive_words_id_idx\` ON \`payload_locked_documents_rels\` (\`sensitive_words_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`site_enabled\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`site_name\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`site_path\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`site_domain\`;`)
}
