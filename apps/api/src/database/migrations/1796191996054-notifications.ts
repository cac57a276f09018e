import type { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications (the bell). */
export class Notifications1796191996054 implements MigrationInterface {
  name = 'Notifications1796191996054';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"kind\" character varying(32) NOT NULL, \"payload\" jsonb NOT NULL, \"read_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"pk_notifications\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_notifications_unread\" ON \"notifications\"  (\"user_id\") WHERE read_at IS NULL");
    await queryRunner.query("CREATE INDEX \"ix_notifications_user\" ON \"notifications\"  (\"user_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"notifications\" ADD CONSTRAINT \"fk_notifications_user\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP CONSTRAINT \"fk_notifications_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_notifications_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_notifications_unread\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
  }
}
