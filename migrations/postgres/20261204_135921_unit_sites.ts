import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "organizations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "topics" ADD COLUMN "organization_id" integer;
  ALTER TABLE "organizations" ADD COLUMN "site_enabled" boolean DEFAULT false;
  ALTER TABLE "organizations" ADD COLUMN "site_name" varchar;
  ALTER TABLE "organizations" ADD COLUMN "site_path" varchar;
  ALTER TABLE "organizations" ADD COLUMN "site_domain" varchar;
  ALTER TABLE "organizations_rels" ADD CONSTRAINT "organizations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_rels" ADD CONSTRAINT "organizations_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organizations_rels_order_idx" ON "organizations_rels" USING btree ("order");
  CREATE INDEX "organizations_rels_parent_idx" ON "organizations_rels" USING btree ("parent_id");
  CREATE INDEX "organizations_rels_path_idx" ON "organizations_rels" USING btree ("path");
  CREATE INDEX "organizations_rels_topics_id_idx" ON "organizations_rels" USING btree ("topics_id");
  ALTER TABLE "topics" ADD CONSTRAINT "topics_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "topics_organization_idx" ON "topics" USING btree ("organization_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "organizations_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "organizations_rels" CASCADE;
  ALTER TABLE "topics" DROP CONSTRAINT "topics_organization_id_organizations_id_fk";
  
  DROP INDEX "topics_organization_idx";
  ALTER TABLE "topics" DROP COLUMN "organization_id";
  ALTER TABLE "organizations" DROP COLUMN "site_enabled";
  ALTER TABLE "organizations" DROP COLUMN "site_name";
  ALTER TABLE "organizations" DROP COLUMN "site_path";
  ALTER TABLE "organizations" DROP COLUMN "site_domain";`)
}
