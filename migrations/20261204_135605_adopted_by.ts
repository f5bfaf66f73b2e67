import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`articles_rels_organizations_id_idx\` ON \`articles_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_organizations_id_idx\` ON \`_articles_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`model_workers_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`model_workers_rels_organizations_id_idx\` ON \`model_workers_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`_model_workers_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`_model_workers_v_rels_organizations_id_idx\` ON \`_model_workers_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`galleries_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`galleries_rels_organizations_id_idx\` ON \`galleries_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`_galleries_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`_galleries_v_rels_organizations_id_idx\` ON \`_galleries_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`video_campaigns_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`video_campaigns_rels_organizations_id_idx\` ON \`video_campaigns_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`_video_campaigns_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`_video_campaigns_v_rels_organizations_id_idx\` ON \`_video_campaigns_v_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`yearly_reviews_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`yearly_reviews_rels_organizations_id_idx\` ON \`yearly_reviews_rels\` (\`organizations_id\`);`)
  await db.run(sql`ALTER TABLE \`_yearly_reviews_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`_yearly_reviews_v_rels_organizations_id_idx\` ON \`_yearly_reviews_v_rels\` (\`organizations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
}
