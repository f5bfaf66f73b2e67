import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "model_workers_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_model_workers_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "galleries_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_galleries_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "video_campaigns_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_video_campaigns_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "yearly_reviews_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_yearly_reviews_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "model_workers_rels" ADD CONSTRAINT "model_workers_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_model_workers_v_rels" ADD CONSTRAINT "_model_workers_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "galleries_rels" ADD CONSTRAINT "galleries_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_galleries_v_rels" ADD CONSTRAINT "_galleries_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "video_campaigns_rels" ADD CONSTRAINT "video_campaigns_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_video_campaigns_v_rels" ADD CONSTRAINT "_video_campaigns_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "yearly_reviews_rels" ADD CONSTRAINT "yearly_reviews_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_yearly_reviews_v_rels" ADD CONSTRAINT "_yearly_reviews_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_rels_organizations_id_idx" ON "articles_rels" USING btree ("organizations_id");
  CREATE INDEX "_articles_v_rels_organizations_id_idx" ON "_articles_v_rels" USING btree ("organizations_id");
  CREATE INDEX "model_workers_rels_organizations_id_idx" ON "model_workers_rels" USING btree ("organizations_id");
  CREATE INDEX "_model_workers_v_rels_organizations_id_idx" ON "_model_workers_v_rels" USING btree ("organizations_id");
  CREATE INDEX "galleries_rels_organizations_id_idx" ON "galleries_rels" USING btree ("organizations_id");
  CREATE INDEX "_galleries_v_rels_organizations_id_idx" ON "_galleries_v_rels" USING btree ("organizations_id");
  CREATE INDEX "video_campaigns_rels_organizations_id_idx" ON "video_campaigns_rels" USING btree ("organizations_id");
  CREATE INDEX "_video_campaigns_v_rels_organizations_id_idx" ON "_video_campaigns_v_rels" USING btree ("organizations_id");
  CREATE INDEX "yearly_reviews_rels_organizations_id_idx" ON "yearly_reviews_rels" USING btree ("organizations_id");
  CREATE INDEX "_yearly_reviews_v_rels_organizations_id_idx" ON "_yearly_reviews_v_rels" USING btree ("organizations_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_organizations_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_organizations_fk";
  
  ALTER TABLE "model_workers_rels" DROP CONSTRAINT "model_workers_rels_organizations_fk";
  
  ALTER TABLE "_model_workers_v_rels" DROP CONSTRAINT "_model_workers_v_rels_organizations_fk";
  
  ALTER TABLE "galleries_rels" DROP CONSTRAINT "galleries_rels_organizations_fk";
  
  ALTER TABLE "_galleries_v_rels" DROP CONSTRAINT "_galleries_v_rels_organizations_fk";
  
  ALTER TABLE "video_campaigns_rels" DROP CONSTRAINT "video_campaigns_rels_organizations_fk";
  
  ALTER TABLE "_video_campaigns_v_rels" DROP CONSTRAINT "_video_campaigns_v_rels_organizations_fk";
  
  ALTER TABLE "yearly_reviews_rels" DROP CONSTRAINT "yearly_reviews_rels_organizations_fk";
  
  ALTER TABLE "_yearly_reviews_v_rels" DROP CONSTRAINT "_yearly_reviews_v_rels_organizations_fk";
  
  DROP INDEX "articles_rels_organizations_id_idx";
  DROP INDEX "_articles_v_rels_organizations_id_idx";
  DROP INDEX "model_workers_rels_organizations_id_idx";
  DROP INDEX "_model_workers_v_rels_organizations_id_idx";
  DROP INDEX "galleries_rels_organizations_id_idx";
  DROP INDEX "_galleries_v_rels_organizations_id_idx";
  DROP INDEX "video_campaigns_rels_organizations_id_idx";
  DROP INDEX "_video_campaigns_v_rels_organizations_id_idx";
  DROP INDEX "yearly_reviews_rels_organizations_id_idx";
  DROP INDEX "_yearly_reviews_v_rels_organizations_id_idx";
  ALTER TABLE "articles_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "model_workers_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_model_workers_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "galleries_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_galleries_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "video_campaigns_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_video_campaigns_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "yearly_reviews_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_yearly_reviews_v_rels" DROP COLUMN "organizations_id";`)
}
