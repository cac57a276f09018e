import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Smes1795660025514 implements MigrationInterface {
  name = 'Smes1795660025514';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"smes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"company_name\" character varying(100) NOT NULL, \"credit_code\" character varying(18) NOT NULL, \"industry\" character varying(8) NOT NULL, \"region\" character varying(6) NOT NULL, \"employees\" integer NOT NULL, \"annual_revenue_cents\" bigint, \"size_class\" character varying(8) NOT NULL, \"level\" smallint, \"weak_scenarios\" text array NOT NULL DEFAULT '{}', \"need_scenarios\" jsonb NOT NULL DEFAULT '[]', \"monthly_budget_cents\" integer, \"preferred_deployment\" character varying(16), \"need_notes\" character varying(1000), \"needs_updated_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_smes\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_smes_region_industry\" ON \"smes\"  (\"region\", \"industry\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_smes_user\" ON \"smes\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"smes\" ADD CONSTRAINT \"fk_smes_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"smes\" DROP CONSTRAINT \"fk_smes_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_smes_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_smes_region_industry\"");
    await queryRunner.query("DROP TABLE \"smes\"");
  }
}
