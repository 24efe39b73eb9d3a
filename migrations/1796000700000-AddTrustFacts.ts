import type { MigrationInterface, QueryRunner } from 'typeorm';

// Trust facts per component release (issue 17): releases, SBOMs as uploaded (immutable), crypto
// assessments per rule-set version, append-only operating models / AI transparency / publiccode imports,
// and one summary row per component that the list and search filters read (indexed, one row each).
export class AddTrustFacts1796000700000 implements MigrationInterface {
  name = 'AddTrustFacts1796000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE component_release (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        component_id uuid NOT NULL REFERENCES component(id) ON DELETE CASCADE,
        version text NOT NULL,
        major int NOT NULL, minor int NOT NULL, patch int NOT NULL, prerelease text,
        contract_versions jsonb NOT NULL DEFAULT '[]',
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_component_release UNIQUE (component_id, version)
      )`);
    await q.query(`
      CREATE TABLE release_sbom (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        release_id uuid NOT NULL UNIQUE REFERENCES component_release(id) ON DELETE CASCADE,
        format text NOT NULL,
        spec_version text NOT NULL,
        content bytea NOT NULL,
        sha256 char(64) NOT NULL,
        size_bytes int NOT NULL,
        component_count int NOT NULL,
        tr03183 jsonb NOT NULL,
        tr03183_compliant boolean NOT NULL,
        licences jsonb NOT NULL,
        crypto_assets jsonb NOT NULL,
        uploaded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE release_crypto_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        release_id uuid NOT NULL REFERENCES component_release(id) ON DELETE CASCADE,
        rule_set text NOT NULL,
        status text NOT NULL,
        findings jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_release_crypto_assessment UNIQUE (release_id, rule_set)
      )`);
    await q.query(`
      CREATE TABLE component_trust_summary (
        component_id uuid PRIMARY KEY REFERENCES component(id) ON DELETE CASCADE,
        has_sbom boolean NOT NULL DEFAULT false,
        tr03183_compliant boolean,
        crypto_status text,
        licence_ids text[] NOT NULL DEFAULT '{}',
        has_unknown_licence boolean NOT NULL DEFAULT false,
        has_non_osi_licence boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_trust_summary_licences ON component_trust_summary USING gin (licence_ids)`);
    await q.query(`CREATE INDEX ix_trust_summary_flags ON component_trust_summary (has_sbom, tr03183_compliant, crypto_status)`);
    for (const table of ['component_operating_model', 'component_ai_transparency']) {
      await q.query(`
        CREATE TABLE ${table} (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          component_id uuid NOT NULL REFERENCES component(id) ON DELETE CASCADE,
          version int NOT NULL,
          facts jsonb NOT NULL,
          recorded_by text NOT NULL,
          recorded_at timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT uq_${table} UNIQUE (component_id, version)
        )`);
    }
    await q.query(`
      CREATE TABLE component_publiccode (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        component_id uuid NOT NULL REFERENCES component(id) ON DELETE CASCADE,
        version int NOT NULL,
        publiccode_version text NOT NULL,
        sha256 char(64) NOT NULL,
        document text NOT NULL,
        facts jsonb NOT NULL,
        imported_by text NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_component_publiccode UNIQUE (component_id, version)
      )`);
    await q.query(`
      CREATE FUNCTION trust_fact_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% rows are immutable (append a new version instead)', TG_TABLE_NAME; END $$`);
    for (const table of ['component_release', 'release_sbom', 'release_crypto_assessment', 'component_operating_model', 'component_ai_transparency', 'component_publiccode']) {
      await q.query(`CREATE TRIGGER tr_${table}_immutable BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION trust_fact_immutable()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['component_publiccode', 'component_ai_transparency', 'component_operating_model', 'component_trust_summary', 'release_crypto_assessment', 'release_sbom', 'component_release']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION trust_fact_immutable()`);
  }
}
