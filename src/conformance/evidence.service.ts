import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import { ComponentsService } from '../components/components.service.js';
import { isUniqueViolation } from '../components/components.service.js';
import {
  createReportEvidence, readOidfExportInWorker, sha256Hex, suiteEvidenceFrom,
  type ConformanceSuiteEvidence, type Evidence, type ReportEvidenceInput,
} from './domain/index.js';
import type { ConformanceEvidenceRow } from './conformance-evidence.entity.js';
import { ConformanceRepository } from './conformance.repository.js';

export interface EvidenceUpload {
  created: boolean;
  evidence: ConformanceEvidenceRow;
}

/** Evidence is created once and never changed; its sha256 lets records pin exactly what they cite. */
@Injectable()
export class EvidenceService {
  private readonly logger = new Logger('Evidence');
  clock: () => Date = () => new Date();

  constructor(
    private readonly repo: ConformanceRepository,
    private readonly components: ComponentsService,
    private readonly audit: AuditService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  /** An OpenID Foundation conformance-suite export; the same ZIP again returns the stored evidence. */
  async uploadExport(componentSlug: string, zip: Uint8Array, fileName: string | null, actor: AuditActor): Promise<EvidenceUpload> {
    const component = await this.components.getBySlug(componentSlug);
    const existing = await this.repo.findExport(component.id, sha256Hex(zip));
    if (existing) return { created: false, evidence: existing };
    // Unpacked in a worker with a time budget: a crafted archive cannot block the event loop.
    const modules = await readOidfExportInWorker(zip, { timeoutMs: this.config.REGISTRY_VALIDATION_TIMEOUT_MS });
    const evidence = suiteEvidenceFrom(zip, modules, { id: randomUUID(), now: this.clock(), fileName: fileName ?? undefined });
    try {
      const row = await this.insertAudited(suiteRow(evidence, component.id, zip, actor.name), componentSlug, actor);
      this.logger.log(`conformance.evidence.uploaded ${componentSlug} ${row.id}`);
      return { created: true, evidence: row };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return { created: false, evidence: (await this.repo.findExport(component.id, evidence.sha256))! };
    }
  }

  async registerReport(componentSlug: string, input: ReportEvidenceInput, actor: AuditActor): Promise<ConformanceEvidenceRow> {
    const component = await this.components.getBySlug(componentSlug);
    const evidence = createReportEvidence(input, { id: randomUUID(), now: this.clock() });
    return this.insertAudited({
      id: evidence.id, componentId: component.id, kind: 'REPORT', sha256: evidence.sha256, url: evidence.url,
      description: evidence.description, plans: [], modules: [], counts: null, content: null, createdBy: actor.name, createdAt: evidence.createdAt,
    }, componentSlug, actor);
  }

  private insertAudited(row: Partial<ConformanceEvidenceRow>, componentSlug: string, actor: AuditActor): Promise<ConformanceEvidenceRow> {
    return this.repo.transaction(async (em) => {
      const saved = await this.repo.insertEvidence(row, em);
      await this.audit.append(em, {
        actor: actor.name, actorTokenId: actor.tokenId ?? null, action: 'conformance.evidence.added', subjectType: 'conformance_evidence',
        subject: saved.id, component: componentSlug, before: null, after: { kind: row.kind, sha256: row.sha256, url: row.url },
        details: { kind: row.kind, sha256: row.sha256 },
      });
      return saved;
    });
  }

  findByIds(ids: readonly string[]): Promise<ConformanceEvidenceRow[]> {
    return this.repo.findEvidence(ids);
  }
}

function suiteRow(e: ConformanceSuiteEvidence, componentId: string, zip: Uint8Array, createdBy: string): Partial<ConformanceEvidenceRow> {
  return {
    id: e.id, componentId, kind: e.kind, sha256: e.sha256, sizeBytes: e.sizeBytes, fileName: e.fileName, url: null, description: null,
    plans: [...e.plans], modules: [...e.modules], counts: { ...e.counts }, content: Buffer.from(zip), createdBy, createdAt: e.createdAt,
  };
}

/** The domain's view of a stored evidence row (what validateRecord reasons about). */
export function toDomainEvidence(row: ConformanceEvidenceRow): Evidence {
  if (row.kind === 'REPORT') {
    return { kind: 'REPORT', id: row.id, url: row.url ?? '', sha256: row.sha256, description: row.description ?? '', createdAt: row.createdAt };
  }
  return {
    kind: 'OIDF_CONFORMANCE_EXPORT', id: row.id, sha256: row.sha256 ?? '', sizeBytes: row.sizeBytes ?? 0, fileName: row.fileName,
    plans: row.plans, modules: row.modules, counts: row.counts ?? { PASSED: 0, FAILED: 0, WARNING: 0, REVIEW: 0, SKIPPED: 0, INTERRUPTED: 0 },
    createdAt: row.createdAt,
  };
}
