import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { parseContract } from '../contracts/domain/parse-contract.js';
import type { GuidelineLintJobRow } from './guideline-rows.entity.js';
import { GuidelinesRepository } from './guidelines.repository.js';
import { GuidelinesService } from './guidelines.service.js';

/**
 * Re-lints every stored version against one profile version, as a background job in this process:
 * one version at a time through the validation worker pool (same limits as a publish), progress in
 * guideline_lint_job. Results go to guideline_result per profile version, so earlier results stay.
 */
@Injectable()
export class GuidelineRelintService {
  private readonly logger = new Logger('GuidelineRelint');
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly repo: GuidelinesRepository,
    private readonly guidelines: GuidelinesService,
    private readonly audit: AuditService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  async start(profileName: string, profileVersion: string | null, actor: string, actorTokenId: string | null = null): Promise<GuidelineLintJobRow> {
    const profile = await this.guidelines.resolveProfile(profileName, profileVersion);
    const ids = await this.repo.versionIds(['OPENAPI', 'ASYNCAPI']);
    const job = await this.repo.createJob(profile.name, profile.version, ids.length, actor);
    await this.repo.transaction((em) => this.audit.append(em, {
      actor, actorTokenId, action: 'guideline-relint.started', subjectType: 'guideline_lint_job', subject: job.id,
      after: { profile: profile.name, profileVersion: profile.version, total: ids.length }, details: { profile: profile.name, profileVersion: profile.version },
    }));
    const run = this.run(job.id, ids, profile).finally(() => this.running.delete(run));
    this.running.add(run);
    return job;
  }

  job(id: string): Promise<GuidelineLintJobRow | null> {
    return this.repo.findJob(id);
  }

  /** Waits for running jobs (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.running]);
  }

  private async run(jobId: string, ids: string[], profile: Awaited<ReturnType<GuidelinesService['resolveProfile']>>): Promise<void> {
    let done = 0;
    let failed = 0;
    try {
      await this.repo.updateJob(jobId, { state: 'RUNNING' });
      for (const id of ids) {
        const row = await this.repo.versionText(id);
        try {
          if (!row) throw new Error('version vanished');
          const parsed = await parseContract(Buffer.from(row.documentText, 'utf8'),
            { maxBytes: Math.max(this.config.REGISTRY_MAX_DOCUMENT_BYTES, Buffer.byteLength(row.documentText)), timeoutMs: this.config.REGISTRY_VALIDATION_TIMEOUT_MS }, profile);
          if (!parsed.guidelines) throw new Error(parsed.guidelinesError ?? 'no result');
          const outcome = parsed.guidelines;
          await this.repo.transaction((em) => this.repo.saveResult(em, id, outcome, 'ADVISORY', jobId));
          done++;
        } catch (err) {
          failed++;
          this.logger.warn(`re-lint of version ${id} failed: ${(err as Error).message}`);
        }
        await this.repo.updateJob(jobId, { done, failed });
      }
      await this.repo.updateJob(jobId, { state: 'DONE', done, failed, finishedAt: new Date() });
    } catch (err) {
      await this.repo.updateJob(jobId, { state: 'FAILED', done, failed, error: (err as Error).message.slice(0, 500), finishedAt: new Date() }).catch(() => undefined);
    }
  }
}
