import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1795660365499 implements MigrationInterface {
  name = 'Assessments1795660365499';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"assessments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"status\" character varying(16) NOT NULL, \"questionnaire_version\" character varying(16) NOT NULL, \"answers\" jsonb NOT NULL, \"total_score\" numeric(5,2), \"level\" smallint, \"result\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_assessments\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_assessments_one_draft\" ON \"assessments\"  (\"user_id\") WHERE status = 'draft'");
    await queryRunner.query("CREATE INDEX \"ix_assessments_user\" ON \"assessments\"  (\"user_id\", \"status\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"assessments\" ADD CONSTRAINT \"fk_assessments_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"assessments\" DROP CONSTRAINT \"fk_assessments_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_assessments_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_assessments_one_draft\"");
    await queryRunner.query("DROP TABLE \"assessments\"");
  }
}
