import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The table rate-limiter-flexible's RateLimiterPostgres keeps its counters in (its own column
 * layout), created here so the library never creates tables at run time (`tableCreated: true`).
 * No entity: only the rate-limit store (common/rate-limit) reads or writes it.
 */
export class RateLimitCounters1796191475982 implements MigrationInterface {
  name = 'RateLimitCounters1796191475982';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_limit_counters" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "pk_rate_limit_counters" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_rate_limit_counters_expire" ON "rate_limit_counters" ("expire")',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_rate_limit_counters_expire"');
    await queryRunner.query('DROP TABLE "rate_limit_counters"');
  }
}
