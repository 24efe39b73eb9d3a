import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #7: API tokens (stored as sha256 only), per-component role grants and the hash-chained
// audit trail. `audit_head` is a single row locked FOR UPDATE by every append, so concurrent writes
// serialize and the chain never forks.
export class AddAuthAndAuditTrail1795944300000 implements MigrationInterface {
  name = 'AddAuthAndAuditTrail1795944300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        owner text NOT NULL,
        token_hash char(64) NOT NULL CONSTRAINT uq_api_token_hash UNIQUE,
        token_prefix text NOT NULL,
        role text NOT NULL CONSTRAINT ck_api_token_role CHECK (role IN ('ADMIN','PUBLISHER','USER')),
        scope_components text[] NOT NULL DEFAULT '{}',
        scope_contracts text[] NOT NULL DEFAULT '{}',
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE role_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject text NOT NULL,
        role text NOT NULL CONSTRAINT ck_role_grant_role CHECK (role IN ('PLATFORM_OWNER','OPERATOR','PROCEDURE_OWNER')),
        component_id uuid NOT NULL REFERENCES component(id) ON DELETE CASCADE,
        granted_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_role_grant UNIQUE (subject, role, component_id)
      )`);
    await q.query(`CREATE INDEX ix_role_grant_component ON role_grant (component_id)`);
    await q.query(`
      CREATE TABLE audit_event (
        seq bigint PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor text NOT NULL,
        actor_token_id uuid,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject text NOT NULL,
        component text,
        before_digest char(64),
        after_digest char(64),
        details jsonb NOT NULL DEFAULT '{}',
        prev_hash char(64) NOT NULL,
        hash char(64) NOT NULL
      )`);
    await q.query(`CREATE INDEX ix_audit_event_component ON audit_event (component, seq)`);
    await q.query(`
      CREATE TABLE audit_head (
        id smallint PRIMARY KEY CONSTRAINT ck_audit_head_single CHECK (id = 1),
        last_seq bigint NOT NULL,
        last_hash char(64) NOT NULL
      )`);
    await q.query(`INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_head`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP TABLE role_grant`);
    await q.query(`DROP TABLE api_token`);
  }
}
