import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Token revocation and the bootstrap admin (docs/adr/0009): a token version per user, a deny
 * list of signed-out token ids, and which admin account ADMIN_EMAIL manages. Every admin that
 * exists today came from ADMIN_EMAIL (there is no other way to create one), so they are marked.
 */
export class TokenRevocation1796191740364 implements MigrationInterface {
  name = 'TokenRevocation1796191740364';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "revoked_tokens" ("jti" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_revoked_tokens" PRIMARY KEY ("jti"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_revoked_tokens_expires" ON "revoked_tokens" ("expires_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD "token_version" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD "bootstrap_admin" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query('ALTER TABLE "users" ADD "disabled_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('UPDATE "users" SET "bootstrap_admin" = true WHERE "role" = \'admin\'');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "disabled_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "bootstrap_admin"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "token_version"');
    await queryRunner.query('DROP INDEX "public"."ix_revoked_tokens_expires"');
    await queryRunner.query('DROP TABLE "revoked_tokens"');
  }
}
