import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from './command.js';

const USAGE = `Usage: contract-registry audit verify [--checkpoint FILE …] [--database-url URL | --data-dir DIR] [--format json]
  --checkpoint FILE  signed checkpoints (JSON lines from audit checkpoint): each signature must be valid
                     (REGISTRY_AUDIT_VERIFY_KEY or REGISTRY_AUDIT_SIGNING_KEY) and the chain must pass
                     through each checkpoint: detects truncation and rewriting behind it.`;

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  summary: 'walk the audit hash chain (optionally against signed checkpoints); exit 0 intact, 1 broken (direct database access)',
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        'database-url': { type: 'string' }, 'data-dir': { type: 'string' }, format: { type: 'string', default: 'text' },
        checkpoint: { type: 'string', multiple: true },
      },
      strict: true,
    });
    const checkpoints = await readCheckpoints(values.checkpoint ?? []);
    if ('invalid' in checkpoints) {
      process.stdout.write(`audit checkpoint REJECTED: ${checkpoints.invalid}\n`);
      return 1;
    }
    const { openRegistryDatabase, registryServices } = await import('../offline-db.js');
    const db = await openRegistryDatabase({ databaseUrl: values['database-url'], dataDir: values['data-dir'], command: 'audit verify' });
    try {
      const { audit } = await registryServices(db.ds);
      const r = await audit.verify(checkpoints.valid);
      if (values.format === 'json') {
        process.stdout.write(`${JSON.stringify({ ...r, checkpoints: checkpoints.valid.length })}\n`);
      } else if (r.ok) {
        const against = checkpoints.valid.length ? `, consistent with ${checkpoints.valid.length} signed checkpoint(s)` : '';
        process.stdout.write(`audit chain intact: ${r.checked} events, head at ${r.headSeq}${against}\n`);
      } else {
        process.stdout.write(`audit chain BROKEN at event ${r.broken!.seq} (${r.broken!.reason}): ${r.broken!.message}\n${r.checked} events before it verified\n`);
      }
      return r.ok ? 0 : 1;
    } finally {
      await db.close();
    }
  },
};

/** Reads and signature-checks every checkpoint in the files (one JSON object per line). */
async function readCheckpoints(files: string[]): Promise<{ valid: { seq: string; headHash: string }[] } | { invalid: string }> {
  if (!files.length) return { valid: [] };
  const { verificationKey } = await import('../audit-keys.js');
  const { checkpointSignatureValid, keyId, parseCheckpoint } = await import('../../audit/domain/audit-checkpoint.js');
  const key = await verificationKey();
  const valid: { seq: string; headHash: string }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
    }
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) return { invalid: `${file} holds no checkpoint` };
    for (const [i, line] of lines.entries()) {
      let c;
      try {
        c = parseCheckpoint(line);
      } catch (err) {
        return { invalid: `${file}:${i + 1}: ${(err as Error).message}` };
      }
      if (c.keyId !== keyId(key)) return { invalid: `${file}:${i + 1}: signed by key ${c.keyId}, not by the configured key ${keyId(key)}` };
      if (!checkpointSignatureValid(c, key)) return { invalid: `${file}:${i + 1}: the signature does not match (the checkpoint was altered or forged)` };
      valid.push({ seq: c.seq, headHash: c.headHash });
    }
  }
  return { valid };
}
