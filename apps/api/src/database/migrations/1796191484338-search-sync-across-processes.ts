import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchSyncAcrossProcesses1796191484338 implements MigrationInterface {
  name = 'SearchSyncAcrossProcesses1796191484338';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"search_reindex\" (\"id\" smallint NOT NULL, \"target\" character varying(200) NOT NULL, \"phase\" character varying(20) NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_search_reindex_single\" CHECK (\"id\" = 1), CONSTRAINT \"pk_search_reindex\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"search_reindex_pending\" (\"offering_id\" uuid NOT NULL, CONSTRAINT \"pk_search_reindex_pending\" PRIMARY KEY (\"offering_id\"))");
    await queryRunner.query("ALTER TABLE \"search_outbox\" ADD \"claimed_by\" uuid");
    await queryRunner.query("ALTER TABLE \"search_outbox\" ADD \"claimed_until\" TIMESTAMP WITH TIME ZONE");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"search_outbox\" DROP COLUMN \"claimed_until\"");
    await queryRunner.query("ALTER TABLE \"search_outbox\" DROP COLUMN \"claimed_by\"");
    await queryRunner.query("DROP TABLE \"search_reindex_pending\"");
    await queryRunner.query("DROP TABLE \"search_reindex\"");
  }
}
