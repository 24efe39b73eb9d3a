import type { MigrationInterface, QueryRunner } from 'typeorm';

// EUDI conformance: versioned requirement sets (immutable once imported), evidence (immutable,
// hashed) and append-only conformance records. Staleness is computed on read, so nothing here
// stores a STALE status.
export class AddEudiConformance1795950000000 implements MigrationInterface {
  name = 'AddEudiConformance1795950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE requirement_set (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        version text NOT NULL,
        major int NOT NULL,
        minor int NOT NULL,
        patch int NOT NULL,
        content_sha256 char(64) NOT NULL,
        source text NOT NULL,
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_requirement_set UNIQUE (name, version)
      )`);
    await q.query(`
      CREATE TABLE requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        set_id uuid NOT NULL REFERENCES requirement_set(id) ON DELETE CASCADE,
        position int NOT NULL,
        harmonised_id text NOT NULL,
        legacy_index text,
        part text NOT NULL,
        category text NOT NULL,
        topic text NOT NULL,
        topic_number int,
        subsection text,
        text text NOT NULL,
        notes text,
        withdrawn boolean NOT NULL,
        applies_to text[] NOT NULL DEFAULT '{}',
        extra jsonb,
        CONSTRAINT uq_requirement_position UNIQUE (set_id, position)
      )`);
    await q.query(`
      CREATE TABLE conformance_evidence (
        id uuid PRIMARY KEY,
        component_id uuid NOT NULL REFERENCES component(id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT ck_evidence_kind CHECK (kind IN ('OIDF_CONFORMANCE_EXPORT','REPORT')),
        sha256 char(64),
        size_bytes int,
        file_name text,
        url text,
        description text,
        plans text[] NOT NULL DEFAULT '{}',
        modules jsonb NOT NULL DEFAULT '[]',
        counts jsonb,
        content bytea,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The same export uploaded twice for a component is the same evidence.
    await q.query(`CREATE UNIQUE INDEX uq_evidence_export ON conformance_evidence (component_id, sha256) WHERE kind = 'OIDF_CONFORMANCE_EXPORT'`);
    await q.query(`
      CREATE TABLE conformance_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        component_id uuid NOT NULL REFERENCES component(id) ON DELETE CASCADE,
        status text NOT NULL
          CONSTRAINT ck_record_status CHECK (status IN ('DRAFT','SELF_DECLARED','TESTED','THIRD_PARTY_ASSESSED','WITHDRAWN')),
        arf_version text NOT NULL,
        roles text[] NOT NULL,
        protocol_names text[] NOT NULL DEFAULT '{}',
        credential_format_names text[] NOT NULL DEFAULT '{}',
        protocols jsonb NOT NULL,
        credential_formats jsonb NOT NULL,
        trust jsonb NOT NULL,
        verdicts jsonb NOT NULL,
        evidence jsonb NOT NULL,
        covered_contracts jsonb NOT NULL,
        assessor text,
        valid_from timestamptz NOT NULL,
        valid_until timestamptz,
        warnings jsonb NOT NULL DEFAULT '[]',
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_record_seq UNIQUE (seq)
      )`);
    await q.query(`CREATE INDEX ix_record_component ON conformance_record (component_id, seq DESC)`);
    await q.query(`CREATE INDEX ix_record_verdicts ON conformance_record USING gin (verdicts jsonb_path_ops)`);
    // Append-only and immutable in the database too, not only by convention in the service.
    await q.query(`
      CREATE FUNCTION conformance_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END $$`);
    for (const table of ['conformance_record', 'conformance_evidence', 'requirement']) {
      await q.query(`CREATE TRIGGER tr_${table}_immutable BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION conformance_immutable()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE conformance_record`);
    await q.query(`DROP TABLE conformance_evidence`);
    await q.query(`DROP TABLE requirement`);
    await q.query(`DROP TABLE requirement_set`);
    await q.query(`DROP FUNCTION conformance_immutable()`);
  }
}
