import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Plans1795660796591 implements MigrationInterface {
  name = 'Plans1795660796591';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"plan_items\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"offering_id\" uuid, \"title\" character varying(120) NOT NULL, \"scenario\" character varying(32) NOT NULL, \"priority\" smallint NOT NULL, \"phase\" character varying(8) NOT NULL, \"target_date\" date, \"status\" character varying(16) NOT NULL, \"plan_index\" smallint, \"notes\" character varying(1000), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_plan_items\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_plan_items_offering\" ON \"plan_items\"  (\"user_id\", \"offering_id\") WHERE offering_id IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"ix_plan_items_user\" ON \"plan_items\"  (\"user_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"plan_items\" ADD CONSTRAINT \"fk_plan_items_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"plan_items\" ADD CONSTRAINT \"fk_plan_items_offering\" FOREIGN KEY (\"offering_id\") REFERENCES \"offerings\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"plan_items\" DROP CONSTRAINT \"fk_plan_items_offering\"");
    await queryRunner.query("ALTER TABLE \"plan_items\" DROP CONSTRAINT \"fk_plan_items_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_plan_items_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_plan_items_offering\"");
    await queryRunner.query("DROP TABLE \"plan_items\"");
  }
}
