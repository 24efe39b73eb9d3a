import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import semver from 'semver';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import type { Component } from '../components/component.entity.js';
import { ComponentExtensions } from '../components/component-extensions.js';
import { ComponentsRepository } from '../components/components.repository.js';
import { ComponentsService } from '../components/components.service.js';
import { CURRENT_CRYPTO_RULE_SET } from './domain/crypto-rules.js';
import { judgeCrypto } from './domain/judge-crypto.js';
import { licenceFact, licenceFacts } from './domain/licences.js';
import { SbomPool } from './domain/sbom-pool.js';
import type { AnalysedSbom } from './domain/sbom-types.js';
import { releaseExists, releaseNotFound, sbomExists, sbomNotFound, trustInputInvalid } from './trust.errors.js';
import { TrustRepository, type AssessmentRow, type ContractVersionRef, type ReleaseRow, type SbomRow, type TrustSummary } from './trust.repository.js';

/** One release with its SBOM facts (without the document) and its current crypto judgement. */
export interface ReleaseFacts { release: ReleaseRow; sbom: SbomRow | null; crypto: AssessmentRow | null }

export interface SbomUploadResult { component: Component; release: ReleaseRow; sbom: SbomRow; created: boolean; analysis: AnalysedSbom | null }

const SYSTEM: AuditActor = { name: 'system' };
/** Licence ids stored for strings no SPDX package understands (kept so the catalogue can show them). */
const UNKNOWN_PREFIX = 'unknown:';

@Injectable()
export class TrustService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Trust');
  readonly pool = new SbomPool();

  constructor(
    private readonly repo: TrustRepository,
    private readonly components: ComponentsService,
    private readonly componentsRepo: ComponentsRepository,
    private readonly extensions: ComponentExtensions,
    private readonly audit: AuditService,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  onModuleInit(): void {
    // The declared licence is part of the summary the filters read: refresh it when a component changes.
    this.extensions.onSaved('trust-summary', (em, c) => this.refreshSummary(em, c));
  }

  async onApplicationBootstrap(): Promise<void> {
    // The SBOM worker starts with the first upload (compiling the schemas costs ~1 s of CPU; most
    // instances never see an SBOM, and it would compete with start-up work). Its time budget starts
    // once it is ready, so the first upload is not charged for it.
    // Components created before this module existed get their summary row once.
    for (let rows = await this.repo.componentsWithoutSummary(100); rows.length; rows = await this.repo.componentsWithoutSummary(100)) {
      for (const { id } of rows) {
        await this.repo.transaction(async (em) => {
          const c = await em.query(`SELECT id, license FROM component WHERE id = $1`, [id]);
          await this.refreshSummary(em, c[0] as Component);
        });
      }
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }

  async createRelease(slug: string, version: string, contractVersions: ContractVersionRef[], actor: AuditActor = SYSTEM): Promise<{ release: ReleaseRow; created: boolean }> {
    const parsed = semver.valid(version) ? semver.parse(version) : null;
    if (!parsed || version !== parsed.version) throw trustInputInvalid('release version', [{ pointer: '/version', message: `"${version}" is not a semantic version (e.g. 1.4.0)` }]);
    const component = await this.components.getBySlug(slug);
    const refs = [...new Map(contractVersions.map((r) => [`${r.contract}@${r.version}`, { contract: r.contract, version: r.version }])).values()]
      .sort((a, b) => (a.contract + a.version).localeCompare(b.contract + b.version));
    for (const [i, r] of refs.entries()) {
      await this.components.getVersion(slug, r.contract, r.version).catch((err: unknown) => {
        throw err instanceof DomainError && err.code === 'NOT_FOUND' ? trustInputInvalid('release', [{ pointer: `/contractVersions/${i}`, message: `contract version ${r.contract} ${r.version} does not exist` }]) : err;
      });
    }
    return this.repo.transaction(async (em) => {
      await this.repo.lockComponent(em, component.id);
      const existing = await this.repo.findRelease(component.id, version, em);
      if (existing) {
        if (JSON.stringify(existing.contractVersions) === JSON.stringify(refs)) return { release: existing, created: false };
        throw releaseExists(slug, version);
      }
      const release = await this.repo.insertRelease(em, {
        componentId: component.id, version, major: parsed.major, minor: parsed.minor, patch: parsed.patch,
        prerelease: parsed.prerelease.length ? parsed.prerelease.join('.') : null, contractVersions: refs, createdBy: actor.name,
      });
      await this.audit.append(em, auditOf(actor, 'release.created', slug, `${slug}@${version}`, null, { version, contractVersions: refs }));
      return { release, created: true };
    });
  }

  async getRelease(slug: string, version: string): Promise<{ component: Component; release: ReleaseRow }> {
    const component = await this.components.getBySlug(slug);
    const release = await this.repo.findRelease(component.id, version);
    if (!release) throw releaseNotFound(slug, version);
    return { component, release };
  }

  /** Validates and judges in the worker, then stores bytes, report and assessment in one transaction. */
  async uploadSbom(slug: string, version: string, bytes: Uint8Array, actor: AuditActor = SYSTEM): Promise<SbomUploadResult> {
    const { component, release } = await this.getRelease(slug, version);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [stored] = await this.repo.sbomsOf([release.id]);
    // Idempotent without re-validating: the same bytes were valid when stored.
    if (stored?.sha256 === sha256) return { component, release, sbom: stored, created: false, analysis: null };
    if (stored) throw sbomExists(slug, version, stored.sha256, sha256);
    const analysis = await this.analyse(bytes);
    return this.repo.transaction(async (em) => {
      await this.repo.lockComponent(em, component.id);
      const [raced] = await this.repo.sbomsOf([release.id], em);
      if (raced) {
        if (raced.sha256 === sha256) return { component, release, sbom: raced, created: false, analysis: null };
        throw sbomExists(slug, version, raced.sha256, sha256);
      }
      const sbom = await this.repo.insertSbom(em, release.id, bytes, analysis, actor.name);
      await this.repo.insertAssessment(em, release.id, analysis.crypto.ruleSet, analysis.crypto.status, analysis.crypto.findings);
      await this.refreshSummary(em, component);
      await this.audit.append(em, auditOf(actor, 'sbom.uploaded', slug, `${slug}@${version}`, null, { sha256, format: analysis.format, specVersion: analysis.specVersion },
        { sha256, format: analysis.format, specVersion: analysis.specVersion, tr03183Compliant: analysis.tr03183.compliant, cryptoStatus: analysis.crypto.status }));
      return { component, release, sbom, created: true, analysis };
    });
  }

  analyse(bytes: Uint8Array): Promise<AnalysedSbom> {
    return this.pool.run(bytes, { maxBytes: this.config.REGISTRY_MAX_SBOM_BYTES, maxElements: this.config.REGISTRY_MAX_SBOM_ELEMENTS, timeoutMs: this.config.REGISTRY_VALIDATION_TIMEOUT_MS });
  }

  /**
   * The newest `limit` releases of a component with SBOM facts and crypto judgement (the current rule
   * set's, else the newest), in three queries; `total` counts all releases. Read by the web catalogue.
   */
  async releaseFacts(componentId: string, limit = 20): Promise<{ total: number; items: ReleaseFacts[] }> {
    const all = await this.repo.releasesOf([componentId]);
    const releases = all.slice(0, limit);
    if (!releases.length) return { total: 0, items: [] };
    const ids = releases.map((r) => r.id);
    const [sboms, assessments] = await Promise.all([this.repo.sbomsOf(ids), this.repo.assessmentsOf(ids)]);
    return {
      total: all.length,
      items: releases.map((release) => {
        const mine = assessments.filter((a) => a.releaseId === release.id);
        return {
          release,
          sbom: sboms.find((s) => s.releaseId === release.id) ?? null,
          crypto: mine.find((a) => a.ruleSet === CURRENT_CRYPTO_RULE_SET.version) ?? mine.at(-1) ?? null,
        };
      }),
    };
  }

  async sbomDocument(slug: string, version: string) {
    const { release } = await this.getRelease(slug, version);
    const content = await this.repo.sbomContent(release.id);
    if (!content) throw sbomNotFound(slug, version);
    return content;
  }

  /** Judges every stored release that has no assessment under the current rule set (e.g. after a TR update). */
  async rejudgeCryptography(actor: AuditActor = SYSTEM): Promise<{ ruleSet: string; judged: number }> {
    const set = CURRENT_CRYPTO_RULE_SET;
    const open = await this.repo.unjudged(set.version);
    for (const r of open) {
      await this.repo.transaction(async (em) => {
        const a = judgeCrypto(r.assets, set);
        await this.repo.insertAssessment(em, r.releaseId, set.version, a.status, a.findings);
        const [c] = await em.query(`SELECT id, slug, license FROM component WHERE id = $1`, [r.componentId]);
        await this.refreshSummary(em, c as Component);
        await this.audit.append(em, auditOf(actor, 'crypto.rejudged', (c as Component).slug, r.releaseId, null, { ruleSet: set.version, status: a.status }));
      });
    }
    return { ruleSet: set.version, judged: open.length };
  }

  /** Recomputes the component's summary row (the filters' source) inside the caller's transaction. */
  async refreshSummary(em: EntityManager, component: Pick<Component, 'id' | 'license'>): Promise<void> {
    const inputs = await this.repo.summaryInputs(em, component.id);
    const declared = component.license ? [licenceFact(component.license)] : [];
    const facts = [...declared, ...inputs.licences];
    const ids = new Set<string>();
    for (const f of facts) {
      if (f.expression) for (const id of f.ids) ids.add(id);
      else ids.add(`${UNKNOWN_PREFIX}${f.raw.toLowerCase().slice(0, 200)}`);
    }
    const summary: TrustSummary = {
      hasSbom: inputs.hasSbom,
      tr03183Compliant: inputs.newest ? inputs.newest.tr03183Compliant : null,
      cryptoStatus: inputs.newest ? inputs.newest.status ?? 'NONE' : null,
      licenceIds: [...ids].sort(),
      hasUnknownLicence: facts.some((f) => f.unknown),
      hasNonOsiLicence: facts.some((f) => !f.osiApproved),
    };
    await this.repo.saveSummary(em, component.id, summary);
  }

  /** Which components contain which licence (ids from declarations and SBOMs). */
  async licenceCatalogue(filter: { licence?: string; osiApproved?: boolean; unknown?: boolean; copyleft?: boolean }) {
    const rows = await this.repo.summaries();
    const byId = new Map<string, string[]>();
    for (const r of rows) for (const id of r.licenceIds) byId.set(id, [...(byId.get(id) ?? []), r.slug]);
    const wanted = filter.licence ? normaliseLicenceFilter(filter.licence) : null;
    return [...byId.entries()].map(([id, components]) => {
      const unknown = id.startsWith(UNKNOWN_PREFIX);
      const f = unknown ? null : licenceFact(id);
      return { licence: unknown ? id.slice(UNKNOWN_PREFIX.length) : id, osiApproved: f?.osiApproved ?? false, copyleft: f?.copyleft ?? false, unknown: unknown || (f?.unknown ?? true), components };
    }).filter((e) => (wanted === null || wanted.includes(e.licence))
      && (filter.osiApproved === undefined || filter.osiApproved === null || e.osiApproved === filter.osiApproved)
      && (filter.unknown === undefined || filter.unknown === null || e.unknown === filter.unknown)
      && (filter.copyleft === undefined || filter.copyleft === null || e.copyleft === filter.copyleft))
      .sort((a, b) => a.licence.localeCompare(b.licence));
  }

  licenceFactsOf(raws: string[]) {
    return licenceFacts(raws);
  }
}

/** A licence filter value ("mit", "Apache 2") → the SPDX ids it means (or the raw text, lower-cased). */
export function normaliseLicenceFilter(value: string): string[] {
  const f = licenceFact(value);
  return f.expression ? f.ids : [value.trim().toLowerCase()];
}

function auditOf(actor: AuditActor, action: string, component: string, subject: string, before: unknown, after: unknown, details: Record<string, unknown> = {}) {
  return { actor: actor.name, actorTokenId: actor.tokenId || null, action, subjectType: 'release', subject, component, before, after, details };
}
