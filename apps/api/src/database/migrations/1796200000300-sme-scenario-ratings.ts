import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newest assessment's scenario ratings on the SME row, for matching's level fit (ADR 0006
 * addendum): filled from the newest submitted assessment's stored result of each SME.
 */
export class SmeScenarioRatings1796200000300 implements MigrationInterface {
  name = 'SmeScenarioRatings1796200000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"smes\" ADD \"scenario_ratings\" jsonb NOT NULL DEFAULT '{}'");
    await queryRunner.query(
      "UPDATE \"smes\" s SET \"scenario_ratings\" = a.\"result\" -> 'scenarioRatings' FROM (SELECT DISTINCT ON (\"user_id\") \"user_id\", \"result\" FROM \"assessments\" WHERE \"status\" = 'submitted' AND \"result\" IS NOT NULL ORDER BY \"user_id\", \"created_at\" DESC, \"id\" DESC) a WHERE a.\"user_id\" = s.\"user_id\" AND jsonb_typeof(a.\"result\" -> 'scenarioRatings') = 'object'",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"smes\" DROP COLUMN \"scenario_ratings\"");
  }
}
