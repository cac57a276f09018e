import type { MigrationInterface, QueryRunner } from 'typeorm';

/** offerings.published_summary: the title and plans plan items show (last published version). */
export class OfferingPublishedSummary1796191745989 implements MigrationInterface {
  name = 'OfferingPublishedSummary1796191745989';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "offerings" ADD "published_summary" jsonb');
    // Published rows: their live content is their published version. Others cannot be recovered
    // and keep reading their live columns (the reader's fallback).
    await queryRunner.query(
      `UPDATE "offerings" SET "published_summary" = jsonb_build_object('title', "title", 'titleEn', "title_en", 'plans', "plans", 'minMonthlyPriceCents', "min_monthly_price_cents") WHERE "status" = 'published'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "offerings" DROP COLUMN "published_summary"');
  }
}
