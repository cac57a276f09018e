import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Gov accounts (role `gov`) carry the GB/T 2260 region they act in; null for other roles. */
export class GovRole1796200000000 implements MigrationInterface {
  name = 'GovRole1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "region" character varying(6)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "region"');
  }
}
