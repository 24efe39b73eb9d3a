import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #11, finding 2: who created a token is recorded by token id, never by a free-form name.
// Existing tokens have no known creator token (their `created_by` was a name and is kept only as a
// label), so `created_by_token_id` stays NULL for them: only an ADMIN can revoke such tokens.
// Tokens get a maximum lifetime: those without an expiry, or expiring further out than the default
// maximum (365 days), now expire 365 days after this migration runs (a year to rotate them, and no
// installation is locked out on upgrade).
export class TokenIdentityAndLifetime1796000200000 implements MigrationInterface {
  name = 'TokenIdentityAndLifetime1796000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_token ADD COLUMN created_by_token_id uuid REFERENCES api_token(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX ix_api_token_created_by_token ON api_token (created_by_token_id) WHERE created_by_token_id IS NOT NULL`);
    await q.query(`UPDATE api_token SET expires_at = now() + interval '365 days'
                   WHERE revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now() + interval '365 days')`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Expiries set by up() cannot be told apart from chosen ones: they stay (a shorter life is safe).
    await q.query(`DROP INDEX ix_api_token_created_by_token`);
    await q.query(`ALTER TABLE api_token DROP COLUMN created_by_token_id`);
  }
}
