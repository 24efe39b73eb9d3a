import type { MigrationInterface, QueryRunner } from 'typeorm';

// Registry core: components, their contracts and immutable contract versions.
export class CreateRegistryCore1764400000000 implements MigrationInterface {
  name = 'CreateRegistryCore1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE component (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CONSTRAINT uq_component_slug UNIQUE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        layer text NOT NULL,
        lifecycle text NOT NULL DEFAULT 'ACTIVE'
          CONSTRAINT ck_component_lifecycle CHECK (lifecycle IN ('DRAFT','ACTIVE','DEPRECATED','RETIRED')),
        tags text[] NOT NULL DEFAULT '{}',
        owner_organisation text,
        platform_owner jsonb,
        operator jsonb,
        procedure_owner jsonb,
        license text,
        repository_url text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE contract (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        component_id uuid NOT NULL REFERENCES component(id) ON DELETE CASCADE,
        name text NOT NULL,
        kind text NOT NULL CONSTRAINT ck_contract_kind CHECK (kind IN ('OPENAPI','ASYNCAPI')),
        compatibility_mode text NOT NULL DEFAULT 'BACKWARD',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_contract_component_name UNIQUE (component_id, name)
      )`);
    await q.query(`
      CREATE TABLE contract_version (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
        version text NOT NULL,
        major int NOT NULL,
        minor int NOT NULL,
        patch int NOT NULL,
        prerelease text,
        document_text text NOT NULL,
        document jsonb NOT NULL,
        syntax text NOT NULL,
        spec_version text NOT NULL,
        sha256 char(64) NOT NULL,
        size_bytes int NOT NULL,
        title text NOT NULL,
        description text,
        document_version text,
        operation_count int NOT NULL,
        channel_count int NOT NULL,
        message_count int NOT NULL,
        schema_count int NOT NULL,
        published_by text NOT NULL,
        predecessor_version text,
        compatibility_report jsonb,
        changelog text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_contract_version UNIQUE (contract_id, version)
      )`);
    await q.query(
      `CREATE INDEX ix_contract_version_order ON contract_version (contract_id, major DESC, minor DESC, patch DESC) WHERE prerelease IS NULL`,
    );
    await q.query(`CREATE INDEX ix_component_tags ON component USING gin (tags)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contract_version`);
    await q.query(`DROP TABLE contract`);
    await q.query(`DROP TABLE component`);
  }
}
