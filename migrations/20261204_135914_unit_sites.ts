import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`topics\` ADD \`organization_id\` integer REFERENCES organizations(id);`)
  await db.run(sql`CREATE INDEX \`topics_organization_idx\` ON \`topics\` (\`organization_id\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`site_enabled\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`site_name\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`site_path\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`site_domain\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organizations_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_name_idx\` ON \`topics\` (\`name\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`site_enabled\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`site_name\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`site_path\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`site_domain\`;`)
}
