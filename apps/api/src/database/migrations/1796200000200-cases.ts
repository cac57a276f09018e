import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1796200000200 implements MigrationInterface {
  name = 'Cases1796200000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"cases\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"provider_id\" uuid NOT NULL, \"provider_user_id\" uuid NOT NULL, \"created_by\" uuid, \"title\" character varying(120) NOT NULL, \"story\" text NOT NULL, \"industry\" character varying(8) NOT NULL, \"region\" character varying(6) NOT NULL, \"scenarios\" text array NOT NULL, \"offering_ids\" uuid array NOT NULL, \"metrics\" jsonb NOT NULL, \"status\" character varying(16) NOT NULL, \"rejection_reason\" character varying(500), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"submitted_at\" TIMESTAMP WITH TIME ZONE, \"published_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"pk_cases\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_cases_status_published\" ON \"cases\" (\"status\", \"published_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_cases_provider_user\" ON \"cases\" (\"provider_user_id\", \"updated_at\") ");
    await queryRunner.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"fk_cases_provider_user\" FOREIGN KEY (\"provider_user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"fk_cases_provider_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_cases_provider_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_cases_status_published\"");
    await queryRunner.query("DROP TABLE \"cases\"");
  }
}
