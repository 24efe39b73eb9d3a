import type { MigrationInterface, QueryRunner } from 'typeorm';

// API guidelines as code (issue #16): uploaded governance profiles (immutable, one row per name+version,
// identified by sha256), guideline policies per registry / component / contract, one lint result per
// contract version and profile version (history kept), and re-lint jobs with progress.
export class AddGovernanceProfiles1796000600000 implements MigrationInterface {
  name = 'AddGovernanceProfiles1796000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE governance_profile (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        version text NOT NULL,
        major int NOT NULL,
        minor int NOT NULL,
        patch int NOT NULL,
        prerelease text,
        sha256 char(64) NOT NULL,
        source_text text NOT NULL,
        definition jsonb NOT NULL,
        description text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_governance_profile UNIQUE (name, version)
      )`);
    await q.query(`
      CREATE TABLE guideline_policy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        scope text NOT NULL CHECK (scope IN ('REGISTRY', 'COMPONENT', 'CONTRACT')),
        component_id uuid REFERENCES component(id) ON DELETE CASCADE,
        contract_name text,
        mode text NOT NULL CHECK (mode IN ('OFF', 'ADVISORY', 'GATE')),
        profile_name text NOT NULL,
        profile_version text,
        updated_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_guideline_policy_scope CHECK (
          (scope = 'REGISTRY' AND component_id IS NULL AND contract_name IS NULL) OR
          (scope = 'COMPONENT' AND component_id IS NOT NULL AND contract_name IS NULL) OR
          (scope = 'CONTRACT' AND component_id IS NOT NULL AND contract_name IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_guideline_policy ON guideline_policy (scope, COALESCE(component_id, '00000000-0000-0000-0000-000000000000'), COALESCE(contract_name, ''))`);
    await q.query(`
      CREATE TABLE guideline_lint_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        profile_name text NOT NULL,
        profile_version text NOT NULL,
        state text NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        total int NOT NULL DEFAULT 0,
        done int NOT NULL DEFAULT 0,
        failed int NOT NULL DEFAULT 0,
        error text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE guideline_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES contract_version(id) ON DELETE CASCADE,
        profile_name text NOT NULL,
        profile_version text NOT NULL,
        mode text NOT NULL,
        score int NOT NULL CHECK (score BETWEEN 0 AND 100),
        errors int NOT NULL,
        warnings int NOT NULL,
        infos int NOT NULL,
        hints int NOT NULL,
        findings jsonb NOT NULL,
        truncated boolean NOT NULL DEFAULT false,
        job_id uuid REFERENCES guideline_lint_job(id) ON DELETE SET NULL,
        linted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_guideline_result UNIQUE (version_id, profile_name, profile_version)
      )`);
    await q.query(`CREATE INDEX ix_guideline_result_latest ON guideline_result (version_id, linted_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE guideline_result');
    await q.query('DROP TABLE guideline_lint_job');
    await q.query('DROP TABLE guideline_policy');
    await q.query('DROP TABLE governance_profile');
  }
}
