import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  summary: 'walk the audit hash chain; exit 0 intact, 1 broken (direct database access)',
  usage: 'Usage: contract-registry audit verify [--database-url URL | --data-dir DIR] [--format json]',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { 'database-url': { type: 'string' }, 'data-dir': { type: 'string' }, format: { type: 'string', default: 'text' } },
      strict: true,
    });
    const { openRegistryDatabase, registryServices } = await import('../offline-db.js');
    const db = await openRegistryDatabase({ databaseUrl: values['database-url'], dataDir: values['data-dir'], command: 'audit verify' });
    try {
      const { audit } = await registryServices(db.ds);
      const r = await audit.verify();
      if (values.format === 'json') {
        process.stdout.write(`${JSON.stringify(r)}\n`);
      } else if (r.ok) {
        process.stdout.write(`audit chain intact: ${r.checked} events, head at ${r.headSeq}\n`);
      } else {
        process.stdout.write(`audit chain BROKEN at event ${r.broken!.seq} (${r.broken!.reason}): ${r.broken!.message}\n${r.checked} events before it verified\n`);
      }
      return r.ok ? 0 : 1;
    } finally {
      await db.close();
    }
  },
};
