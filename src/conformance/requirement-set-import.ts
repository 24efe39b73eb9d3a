// The `requirements import` CLI use case: the same services the server uses, wired by hand (no Nest
// container, so the CLI does not build the GraphQL schema).
import type { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ComponentExtensions } from '../components/component-extensions.js';
import { ComponentsRepository } from '../components/components.repository.js';
import { ComponentsService } from '../components/components.service.js';
import { ConformanceRepository } from './conformance.repository.js';
import { ConformanceService } from './conformance.service.js';
import { RequirementSetsRepository } from './requirement-sets.repository.js';
import { RequirementSetsService } from './requirement-sets.service.js';

/** Returns the exit code: 0 imported or unchanged, 1 refused (invalid CSV, immutable release). */
export async function importRequirementSetFile(ds: DataSource, name: string, version: string, bytes: Uint8Array): Promise<number> {
  const audit = new AuditService(new AuditRepository(ds));
  const sets = new RequirementSetsService(new RequirementSetsRepository(ds), audit);
  const conformance = new ConformanceService(new ConformanceRepository(ds), new ComponentsService(new ComponentsRepository(ds), audit, new ComponentExtensions()), sets, audit);
  try {
    const r = await sets.importCsv(name, version, bytes, { name: `cli:${process.env.USER ?? 'operator'}`, tokenId: null });
    const withdrawn = r.set.requirements.filter((q) => q.withdrawn).length;
    const what = r.created ? 'imported' : 'already present with identical content (nothing changed):';
    process.stdout.write(`${what} ${name} ${version}, ${r.set.requirements.length} requirements (${withdrawn} withdrawn)\n`);
    if (r.previousVersion) {
      const { diff, affectedRecords } = await conformance.setChanges(name, r.previousVersion, version);
      process.stdout.write(`changes since ${r.previousVersion}: ${diff.added.length} added, ${diff.removed.length} removed, ` +
        `${diff.textChanged.length} text changed, ${diff.withdrawn.length} withdrawn, ${diff.renumbered.length} renumbered\n`);
      process.stdout.write(`current conformance records relying on a changed requirement: ${affectedRecords.length}\n`);
    }
    return 0;
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    process.stderr.write(`contract-registry requirements import: ${err.code}: ${err.message}\n`);
    for (const c of err.causes.slice(0, 20)) process.stderr.write(`  ${c.pointer ?? ''} ${c.message}\n`);
    return 1;
  }
}
