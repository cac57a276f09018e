import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reviews1796192014859 implements MigrationInterface {
  name = 'Reviews1796192014859';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"reviews\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"offering_id\" uuid NOT NULL, \"sme_user_id\" uuid NOT NULL, \"rating\" smallint NOT NULL, \"body\" character varying(2000) NOT NULL, \"verified\" character varying(8) NOT NULL, \"sme_industry\" character varying(8) NOT NULL, \"sme_region\" character varying(6) NOT NULL, \"sme_size_class\" character varying(8) NOT NULL, \"reply_body\" character varying(2000), \"reply_created_at\" TIMESTAMP WITH TIME ZONE, \"reply_updated_at\" TIMESTAMP WITH TIME ZONE, \"hidden_at\" TIMESTAMP WITH TIME ZONE, \"hidden_reason\" character varying(500), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_reviews\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_reviews_offering_created\" ON \"reviews\" (\"offering_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_reviews_offering_sme\" ON \"reviews\" (\"offering_id\", \"sme_user_id\") ");
    await queryRunner.query("ALTER TABLE \"reviews\" ADD CONSTRAINT \"fk_reviews_offering\" FOREIGN KEY (\"offering_id\") REFERENCES \"offerings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"reviews\" ADD CONSTRAINT \"fk_reviews_sme_user\" FOREIGN KEY (\"sme_user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"reviews\" DROP CONSTRAINT \"fk_reviews_sme_user\"");
    await queryRunner.query("ALTER TABLE \"reviews\" DROP CONSTRAINT \"fk_reviews_offering\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_reviews_offering_sme\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_reviews_offering_created\"");
    await queryRunner.query("DROP TABLE \"reviews\"");
  }
}
