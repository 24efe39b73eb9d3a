import type { MigrationInterface, QueryRunner } from 'typeorm';

// Contract search: one weighted full-text row per version (german + simple configurations), one row
// per searchable element (operation, channel, message, schema, …) for matched-element snippets, and
// a vocabulary with a trigram index for typos and parts of German compounds.
export class AddContractSearch1795945900000 implements MigrationInterface {
  name = 'AddContractSearch1795945900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE search_version (
        version_id uuid PRIMARY KEY REFERENCES contract_version(id) ON DELETE CASCADE,
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        component_id uuid NOT NULL REFERENCES component(id) ON DELETE CASCADE,
        is_latest boolean NOT NULL DEFAULT false,
        document_tsv tsvector NOT NULL,
        component_tsv tsvector NOT NULL DEFAULT ''::tsvector,
        tsv tsvector GENERATED ALWAYS AS (document_tsv || component_tsv) STORED
      )`);
    await q.query(`CREATE INDEX ix_search_version_tsv ON search_version USING gin (tsv)`);
    await q.query(`CREATE INDEX ix_search_version_component ON search_version (component_id)`);
    // At most one latest version per contract, enforced by the database.
    await q.query(`CREATE UNIQUE INDEX ux_search_version_latest ON search_version (contract_id) WHERE is_latest`);
    await q.query(`
      CREATE TABLE search_element (
        version_id uuid NOT NULL REFERENCES search_version(version_id) ON DELETE CASCADE,
        ordinal int NOT NULL,
        kind text NOT NULL,
        label text NOT NULL,
        method text,
        path text,
        content text NOT NULL,
        tsv tsvector NOT NULL,
        PRIMARY KEY (version_id, ordinal)
      )`);
    await q.query(`CREATE INDEX ix_search_element_path ON search_element USING gin (path gin_trgm_ops) WHERE kind = 'OPERATION'`);
    await q.query(`CREATE TABLE search_term (word text PRIMARY KEY)`);
    await q.query(`CREATE INDEX ix_search_term_trgm ON search_term USING gin (word gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_term`);
    await q.query(`DROP TABLE search_element`);
    await q.query(`DROP TABLE search_version`);
    // pg_trgm stays installed: other objects may use it, and dropping an extension needs more rights.
  }
}
