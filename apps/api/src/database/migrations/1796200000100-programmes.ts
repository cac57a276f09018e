import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public programmes: programmes, SMEs' applications and the append-only budget ledger
 * (docs/adr/0012). A trigger refuses UPDATE and DELETE on the ledger.
 */
export class Programmes1796200000100 implements MigrationInterface {
  name = 'Programmes1796200000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"programmes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(100) NOT NULL, \"description\" character varying(4000) NOT NULL, \"region\" character varying(6) NOT NULL, \"industries\" text array NOT NULL, \"scenarios\" text array NOT NULL, \"levels\" smallint array NOT NULL, \"subsidy_percent\" smallint NOT NULL, \"cap_cents\" bigint NOT NULL, \"budget_cents\" bigint NOT NULL, \"committed_cents\" bigint NOT NULL DEFAULT '0', \"status\" character varying(16) NOT NULL, \"opens_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"closes_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"created_by\" uuid, \"published_at\" TIMESTAMP WITH TIME ZONE, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_programmes_committed\" CHECK (\"committed_cents\" >= 0 AND \"committed_cents\" <= \"budget_cents\"), CONSTRAINT \"pk_programmes\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_programmes_status_region\" ON \"programmes\"  (\"status\", \"region\") ");
    await queryRunner.query("CREATE TABLE \"programme_applications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"programme_id\" uuid NOT NULL, \"sme_user_id\" uuid NOT NULL, \"offering_id\" uuid NOT NULL, \"plan_name\" character varying(60) NOT NULL, \"billing_period\" character varying(8) NOT NULL, \"price_cents\" bigint NOT NULL, \"requested_cents\" bigint NOT NULL, \"granted_cents\" bigint, \"status\" character varying(16) NOT NULL, \"reason\" character varying(500), \"decided_by\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"withdrawn_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_programme_applications\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_programme_applications_undecided\" ON \"programme_applications\"  (\"sme_user_id\", \"offering_id\") WHERE status = 'submitted'");
    await queryRunner.query("CREATE INDEX \"ix_programme_applications_sme\" ON \"programme_applications\"  (\"sme_user_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_programme_applications_programme\" ON \"programme_applications\"  (\"programme_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"programme_ledger\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"programme_id\" uuid NOT NULL, \"seq\" integer NOT NULL, \"application_id\" uuid NOT NULL, \"kind\" character varying(8) NOT NULL, \"amount_cents\" bigint NOT NULL, \"balance_cents\" bigint NOT NULL, \"actor_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_programme_ledger\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_programme_ledger_seq\" ON \"programme_ledger\"  (\"programme_id\", \"seq\") ");
    await queryRunner.query("ALTER TABLE \"programmes\" ADD CONSTRAINT \"fk_programmes_created_by\" FOREIGN KEY (\"created_by\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_applications\" ADD CONSTRAINT \"fk_programme_applications_programme\" FOREIGN KEY (\"programme_id\") REFERENCES \"programmes\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_applications\" ADD CONSTRAINT \"fk_programme_applications_sme\" FOREIGN KEY (\"sme_user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_applications\" ADD CONSTRAINT \"fk_programme_applications_offering\" FOREIGN KEY (\"offering_id\") REFERENCES \"offerings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_ledger\" ADD CONSTRAINT \"fk_programme_ledger_programme\" FOREIGN KEY (\"programme_id\") REFERENCES \"programmes\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"programme_ledger\" ADD CONSTRAINT \"fk_programme_ledger_application\" FOREIGN KEY (\"application_id\") REFERENCES \"programme_applications\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    // Append-only: the ledger is the budget's history; corrections are new rows, never edits.
    await queryRunner.query("CREATE FUNCTION \"programme_ledger_append_only\"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'programme_ledger is append-only' USING ERRCODE = 'restrict_violation'; END $$");
    await queryRunner.query("CREATE TRIGGER \"tr_programme_ledger_append_only\" BEFORE UPDATE OR DELETE ON \"programme_ledger\" FOR EACH ROW EXECUTE FUNCTION \"programme_ledger_append_only\"()");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER \"tr_programme_ledger_append_only\" ON \"programme_ledger\"");
    await queryRunner.query("DROP FUNCTION \"programme_ledger_append_only\"()");
    await queryRunner.query("ALTER TABLE \"programme_ledger\" DROP CONSTRAINT \"fk_programme_ledger_application\"");
    await queryRunner.query("ALTER TABLE \"programme_ledger\" DROP CONSTRAINT \"fk_programme_ledger_programme\"");
    await queryRunner.query("ALTER TABLE \"programme_applications\" DROP CONSTRAINT \"fk_programme_applications_offering\"");
    await queryRunner.query("ALTER TABLE \"programme_applications\" DROP CONSTRAINT \"fk_programme_applications_sme\"");
    await queryRunner.query("ALTER TABLE \"programme_applications\" DROP CONSTRAINT \"fk_programme_applications_programme\"");
    await queryRunner.query("ALTER TABLE \"programmes\" DROP CONSTRAINT \"fk_programmes_created_by\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_programme_ledger_seq\"");
    await queryRunner.query("DROP TABLE \"programme_ledger\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_programme_applications_programme\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_programme_applications_sme\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_programme_applications_undecided\"");
    await queryRunner.query("DROP TABLE \"programme_applications\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_programmes_status_region\"");
    await queryRunner.query("DROP TABLE \"programmes\"");
  }
}
