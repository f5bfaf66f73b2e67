import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "model_workers" ADD COLUMN "possible_duplicate_of_id" integer;
  ALTER TABLE "_model_workers_v" ADD COLUMN "version_possible_duplicate_of_id" integer;
  ALTER TABLE "model_workers" ADD CONSTRAINT "model_workers_possible_duplicate_of_id_model_workers_id_fk" FOREIGN KEY ("possible_duplicate_of_id") REFERENCES "public"."model_workers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_model_workers_v" ADD CONSTRAINT "_model_workers_v_version_possible_duplicate_of_id_model_workers_id_fk" FOREIGN KEY ("version_possible_duplicate_of_id") REFERENCES "public"."model_workers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "model_workers_possible_duplicate_of_idx" ON "model_workers" USING btree ("possible_duplicate_of_id");
  CREATE INDEX "_model_workers_v_version_version_possible_duplicate_of_idx" ON "_model_workers_v" USING btree ("version_possible_duplicate_of_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "model_workers" DROP CONSTRAINT "model_workers_possible_duplicate_of_id_model_workers_id_fk";
  
  ALTER TABLE "_model_workers_v" DROP CONSTRAINT "_model_workers_v_version_possible_duplicate_of_id_model_workers_id_fk";
  
  DROP INDEX "model_workers_possible_duplicate_of_idx";
  DROP INDEX "_model_workers_v_version_version_possible_duplicate_of_idx";
  ALTER TABLE "model_workers" DROP COLUMN "possible_duplicate_of_id";
  ALTER TABLE "_model_workers_v" DROP COLUMN "version_possible_duplicate_of_id";`)
}
