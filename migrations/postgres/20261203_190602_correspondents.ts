import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "correspondents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"organization_id" integer,
  	"phone" varchar,
  	"email" varchar,
  	"address" varchar,
  	"active" boolean DEFAULT true,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "correspondents_id" integer;
  ALTER TABLE "correspondents" ADD CONSTRAINT "correspondents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "correspondents_name_idx" ON "correspondents" USING btree ("name");
  CREATE INDEX "correspondents_organization_idx" ON "correspondents" USING btree ("organization_id");
  CREATE INDEX "correspondents_updated_at_idx" ON "correspondents" USING btree ("updated_at");
  CREATE INDEX "correspondents_created_at_idx" ON "correspondents" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_correspondents_fk" FOREIGN KEY ("correspondents_id") REFERENCES "public"."correspondents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_correspondents_id_idx" ON "payload_locked_documents_rels" USING btree ("correspondents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "correspondents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "correspondents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_correspondents_fk";
  
  DROP INDEX "payload_locked_documents_rels_correspondents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "correspondents_id";`)
}
