import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Inquiries with their messages and events, and counted offering views. */
export class Engagement1796191996055 implements MigrationInterface {
  name = 'Engagement1796191996055';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"inquiries\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"offering_id\" uuid NOT NULL, \"sme_user_id\" uuid NOT NULL, \"provider_user_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL, \"status\" character varying(16) NOT NULL, \"plan_name\" character varying(60), \"message_count\" integer NOT NULL DEFAULT '0', \"last_message_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"first_response_at\" TIMESTAMP WITH TIME ZONE, \"trial_at\" TIMESTAMP WITH TIME ZONE, \"closed_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"pk_inquiries\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_inquiries_unfinished\" ON \"inquiries\"  (\"sme_user_id\", \"offering_id\", \"kind\") WHERE status IN ('open', 'responded', 'trialing')");
    await queryRunner.query("CREATE INDEX \"ix_inquiries_provider_created\" ON \"inquiries\"  (\"provider_user_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_inquiries_provider\" ON \"inquiries\"  (\"provider_user_id\", \"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_inquiries_sme\" ON \"inquiries\"  (\"sme_user_id\", \"updated_at\") ");
    await queryRunner.query("CREATE TABLE \"inquiry_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"inquiry_id\" uuid NOT NULL, \"type\" character varying(16) NOT NULL, \"actor\" character varying(16) NOT NULL, \"actor_user_id\" uuid, \"from_status\" character varying(16), \"to_status\" character varying(16), \"reason\" character varying(500), \"plan_status\" character varying(16), \"message_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"seq\" BIGSERIAL NOT NULL, CONSTRAINT \"pk_inquiry_events\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_inquiry_events_inquiry\" ON \"inquiry_events\"  (\"inquiry_id\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"inquiry_messages\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"inquiry_id\" uuid NOT NULL, \"author\" character varying(16) NOT NULL, \"author_user_id\" uuid NOT NULL, \"body\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"seq\" BIGSERIAL NOT NULL, CONSTRAINT \"pk_inquiry_messages\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_inquiry_messages_inquiry\" ON \"inquiry_messages\"  (\"inquiry_id\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"offering_views\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"offering_id\" uuid NOT NULL, \"provider_user_id\" uuid NOT NULL, \"viewer_key\" character varying(80) NOT NULL, \"day\" date NOT NULL, \"viewed_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"pk_offering_views\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_offering_views_provider\" ON \"offering_views\"  (\"provider_user_id\", \"viewed_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_offering_views_viewer_day\" ON \"offering_views\"  (\"offering_id\", \"viewer_key\", \"day\") ");
    await queryRunner.query("ALTER TABLE \"inquiries\" ADD CONSTRAINT \"fk_inquiries_offering\" FOREIGN KEY (\"offering_id\") REFERENCES \"offerings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inquiries\" ADD CONSTRAINT \"fk_inquiries_sme_user\" FOREIGN KEY (\"sme_user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inquiries\" ADD CONSTRAINT \"fk_inquiries_provider_user\" FOREIGN KEY (\"provider_user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inquiry_events\" ADD CONSTRAINT \"fk_inquiry_events_inquiry\" FOREIGN KEY (\"inquiry_id\") REFERENCES \"inquiries\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inquiry_messages\" ADD CONSTRAINT \"fk_inquiry_messages_inquiry\" FOREIGN KEY (\"inquiry_id\") REFERENCES \"inquiries\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inquiry_messages\" ADD CONSTRAINT \"fk_inquiry_messages_author\" FOREIGN KEY (\"author_user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"offering_views\" ADD CONSTRAINT \"fk_offering_views_offering\" FOREIGN KEY (\"offering_id\") REFERENCES \"offerings\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"offering_views\" DROP CONSTRAINT \"fk_offering_views_offering\"");
    await queryRunner.query("ALTER TABLE \"inquiry_messages\" DROP CONSTRAINT \"fk_inquiry_messages_author\"");
    await queryRunner.query("ALTER TABLE \"inquiry_messages\" DROP CONSTRAINT \"fk_inquiry_messages_inquiry\"");
    await queryRunner.query("ALTER TABLE \"inquiry_events\" DROP CONSTRAINT \"fk_inquiry_events_inquiry\"");
    await queryRunner.query("ALTER TABLE \"inquiries\" DROP CONSTRAINT \"fk_inquiries_provider_user\"");
    await queryRunner.query("ALTER TABLE \"inquiries\" DROP CONSTRAINT \"fk_inquiries_sme_user\"");
    await queryRunner.query("ALTER TABLE \"inquiries\" DROP CONSTRAINT \"fk_inquiries_offering\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_offering_views_viewer_day\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_offering_views_provider\"");
    await queryRunner.query("DROP TABLE \"offering_views\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_inquiry_messages_inquiry\"");
    await queryRunner.query("DROP TABLE \"inquiry_messages\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_inquiry_events_inquiry\"");
    await queryRunner.query("DROP TABLE \"inquiry_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_inquiries_sme\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_inquiries_provider\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_inquiries_provider_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"ux_inquiries_unfinished\"");
    await queryRunner.query("DROP TABLE \"inquiries\"");
  }
}
