import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalogue1795658919823 implements MigrationInterface {
  name = 'Catalogue1795658919823';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_log\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"actor_id\" uuid, \"actor_role\" character varying(16), \"action\" character varying(16) NOT NULL, \"entity_type\" character varying(16) NOT NULL, \"entity_id\" uuid NOT NULL, \"summary\" character varying(200), \"reason\" character varying(500), \"changes\" jsonb NOT NULL DEFAULT '[]', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_audit_log\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_audit_actor\" ON \"audit_log\"  (\"actor_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_created\" ON \"audit_log\"  (\"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_audit_entity\" ON \"audit_log\"  (\"entity_type\", \"entity_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"providers\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"kind\" character varying(32) NOT NULL, \"description\" text NOT NULL, \"website\" character varying(200), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_providers\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_providers_user\" ON \"providers\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"offerings\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"provider_id\" uuid NOT NULL, \"status\" character varying(16) NOT NULL, \"status_reason\" character varying(500), \"title\" character varying(80) NOT NULL, \"title_en\" character varying(80), \"summary\" character varying(200) NOT NULL, \"summary_en\" character varying(200), \"description\" text NOT NULL, \"description_en\" text, \"kind\" character varying(16) NOT NULL, \"scenarios\" text array NOT NULL, \"industries\" text array NOT NULL, \"stages\" smallint array NOT NULL, \"regions\" text array NOT NULL, \"deployment\" character varying(16) NOT NULL, \"delivery_days\" integer NOT NULL, \"plans\" jsonb NOT NULL, \"tags\" text array NOT NULL, \"min_monthly_price_cents\" integer NOT NULL, \"rating\" numeric(2,1), \"review_count\" integer NOT NULL DEFAULT '0', \"pending_revision\" jsonb, \"version\" integer NOT NULL DEFAULT '1', \"published_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_offerings\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_offerings_status\" ON \"offerings\"  (\"status\", \"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_offerings_provider\" ON \"offerings\"  (\"provider_id\") ");
    await queryRunner.query("ALTER TABLE \"providers\" ADD CONSTRAINT \"fk_providers_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"offerings\" ADD CONSTRAINT \"fk_offerings_provider\" FOREIGN KEY (\"provider_id\") REFERENCES \"providers\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"offerings\" DROP CONSTRAINT \"fk_offerings_provider\"");
    await queryRunner.query("ALTER TABLE \"providers\" DROP CONSTRAINT \"fk_providers_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_offerings_provider\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_offerings_status\"");
    await queryRunner.query("DROP TABLE \"offerings\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_providers_user\"");
    await queryRunner.query("DROP TABLE \"providers\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_entity\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_actor\"");
    await queryRunner.query("DROP TABLE \"audit_log\"");
  }
}
