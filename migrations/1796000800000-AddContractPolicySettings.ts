import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue #13: the semver policy and the compatibility scope are settings of their own next to the mode,
// and a mode can be set before the first version exists (the contract row then has no kind yet; the
// first published version fixes it).
export class AddContractPolicySettings1796000800000 implements MigrationInterface {
  name = 'AddContractPolicySettings1796000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contract
        ADD COLUMN semver_policy text NOT NULL DEFAULT 'ENFORCED'
          CONSTRAINT ck_contract_semver_policy CHECK (semver_policy IN ('ENFORCED','ADVISORY','OFF')),
        ADD COLUMN compatibility_scope text NOT NULL DEFAULT 'MAJOR_LINE'
          CONSTRAINT ck_contract_compatibility_scope CHECK (compatibility_scope IN ('MAJOR_LINE','ALL_VERSIONS')),
        ALTER COLUMN kind DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    // contracts that never got a version cannot keep a NULL kind under the old schema
    await q.query(`DELETE FROM contract k WHERE k.kind IS NULL AND NOT EXISTS (SELECT 1 FROM contract_version v WHERE v.contract_id = k.id)`);
    await q.query(`
      ALTER TABLE contract
        DROP COLUMN semver_policy,
        DROP COLUMN compatibility_scope,
        ALTER COLUMN kind SET NOT NULL`);
  }
}
