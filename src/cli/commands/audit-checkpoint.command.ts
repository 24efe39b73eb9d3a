import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';

const USAGE = `Usage: contract-registry audit checkpoint [--database-url URL | --data-dir DIR]
  Verifies the audit chain, then prints one signed checkpoint as a JSON line: seq, head hash, time,
  key id and an Ed25519 signature (key: REGISTRY_AUDIT_SIGNING_KEY, PEM text or a PEM file path).
  Keep the output outside the database (write-once storage); check with audit verify --checkpoint FILE.`;

export const auditCheckpointCommand: CliCommand = {
  name: 'audit checkpoint',
  summary: 'print a signed checkpoint of the audit chain head (direct database access)',
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({ args: argv, options: { 'database-url': { type: 'string' }, 'data-dir': { type: 'string' } }, strict: true });
    const { signingKey } = await import('../audit-keys.js');
    const key = await signingKey(); // before opening the database: a missing key is a usage error
    const { openRegistryDatabase, registryServices } = await import('../offline-db.js');
    const { signCheckpoint } = await import('../../audit/domain/audit-checkpoint.js');
    const db = await openRegistryDatabase({ databaseUrl: values['database-url'], dataDir: values['data-dir'], command: 'audit checkpoint' });
    try {
      const { audit } = await registryServices(db.ds);
      const head = await audit.head();
      // Sign only a head the chain really leads to.
      const r = await audit.verify([{ seq: head.lastSeq, headHash: head.lastHash }]);
      if (!r.ok) {
        process.stderr.write(`audit chain BROKEN at event ${r.broken!.seq} (${r.broken!.reason}): ${r.broken!.message}\nno checkpoint written\n`);
        return 1;
      }
      process.stdout.write(`${JSON.stringify(signCheckpoint({ seq: head.lastSeq, headHash: head.lastHash }, key, new Date()))}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
