import type { MigrationInterface, QueryRunner } from 'typeorm';

// Faster contract search (issue #5):
// - head_tsv: names and summaries of the document (INFO element: title A, summary and tag names B).
//   Together with component_tsv it forms rank_tsv, a small vector that candidate selection ranks on
//   instead of the whole (TOASTed) document vector.
// - kind/layer/lifecycle/tags/owner_organisation copied from contract and component, so the common
//   filters need no joins (kept current by the indexing and component hooks).
// - narrow heap rows: the big vectors move out of line (TOAST) and rank_tsv stays inline, so picking
//   candidates from thousands of matches reads a few pages and never decompresses a document vector.
// - search_version_matches(): the versions matching a tsquery with their cheap rank, always through the
//   GIN index. With narrow rows a sequential scan looks as cheap to the planner, but it would detoast
//   every document vector to evaluate @@ (seen in EXPLAIN ANALYZE: 100+ ms instead of ~15 ms).
// - a GIN index over the latest versions only (the default search scope).
export class SpeedUpContractSearch1795951000000 implements MigrationInterface {
  name = 'SpeedUpContractSearch1795951000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_version SET (toast_tuple_target = 128)`);
    await q.query(`
      ALTER TABLE search_version
        ALTER COLUMN document_tsv SET STORAGE EXTERNAL,
        ALTER COLUMN component_tsv SET STORAGE EXTERNAL,
        ALTER COLUMN tsv SET STORAGE EXTERNAL,
        ADD COLUMN head_tsv tsvector NOT NULL DEFAULT ''::tsvector,
        ADD COLUMN kind text,
        ADD COLUMN layer text,
        ADD COLUMN lifecycle text,
        ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
        ADD COLUMN owner_organisation text`);
    await q.query(`ALTER TABLE search_version ALTER COLUMN head_tsv SET STORAGE EXTERNAL`);
    await q.query(`ALTER TABLE search_version ADD COLUMN rank_tsv tsvector GENERATED ALWAYS AS (head_tsv || component_tsv) STORED`);
    await q.query(`ALTER TABLE search_version ALTER COLUMN rank_tsv SET STORAGE MAIN`);
    // One pass over the existing rows (written anew with the storage settings above).
    await q.query(`
      UPDATE search_version s
      SET head_tsv = COALESCE((SELECT ts_filter(e.tsv, '{a,b}') FROM search_element e WHERE e.version_id = s.version_id AND e.ordinal = 0), ''::tsvector),
        kind = k.kind, layer = c.layer, lifecycle = c.lifecycle, tags = c.tags, owner_organisation = c.owner_organisation
      FROM contract k JOIN component c ON c.id = k.component_id
      WHERE k.id = s.contract_id`);
    await q.query(`CREATE INDEX ix_search_version_latest_tsv ON search_version USING gin (tsv) WHERE is_latest`);
    // Candidates for a tsquery with their cheap rank and the filter columns, always through the GIN index.
    await q.query(`
      CREATE FUNCTION search_version_matches(q tsquery, rank_q tsquery, latest_only boolean)
      RETURNS TABLE (version_id uuid, contract_id uuid, component_id uuid, kind text, layer text, lifecycle text,
                     tags text[], owner_organisation text, cheap_rank real)
      LANGUAGE sql STABLE SET enable_seqscan = off AS $$
        SELECT s.version_id, s.contract_id, s.component_id, s.kind, s.layer, s.lifecycle, s.tags, s.owner_organisation, ts_rank(s.rank_tsv, rank_q)
        FROM search_version s WHERE latest_only AND s.is_latest AND s.tsv @@ q
        UNION ALL
        SELECT s.version_id, s.contract_id, s.component_id, s.kind, s.layer, s.lifecycle, s.tags, s.owner_organisation, ts_rank(s.rank_tsv, rank_q)
        FROM search_version s WHERE NOT latest_only AND s.tsv @@ q
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION search_version_matches(tsquery, tsquery, boolean)`);
    await q.query(`DROP INDEX ix_search_version_latest_tsv`);
    await q.query(`
      ALTER TABLE search_version
        DROP COLUMN rank_tsv, DROP COLUMN head_tsv, DROP COLUMN kind, DROP COLUMN layer,
        DROP COLUMN lifecycle, DROP COLUMN tags, DROP COLUMN owner_organisation,
        ALTER COLUMN document_tsv SET STORAGE EXTENDED,
        ALTER COLUMN component_tsv SET STORAGE EXTENDED,
        ALTER COLUMN tsv SET STORAGE EXTENDED`);
    await q.query(`ALTER TABLE search_version RESET (toast_tuple_target)`);
  }
}
