import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_change_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`fields\` text,
  	\`detail\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_change_log_order_idx\` ON \`media_change_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`media_change_log_parent_id_idx\` ON \`media_change_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_change_log_user_idx\` ON \`media_change_log\` (\`user_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public_use\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`used_by_published\` integer;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`used_by\` text;`)
  await db.run(sql`CREATE INDEX \`media_used_by_published_idx\` ON \`media\` (\`used_by_published\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_change_log\`;`)
  await db.run(sql`DROP INDEX \`media_used_by_published_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public_use\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`used_by_published\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`used_by\`;`)
}
