import { Injectable } from '@nestjs/common';
import semver from 'semver';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import type { Component } from '../components/component.entity.js';
import type { Contract } from '../components/contract.entity.js';
import type { ContractVersion } from '../components/contract-version.entity.js';
import { ComponentsRepository } from '../components/components.repository.js';
import { ComponentsService } from '../components/components.service.js';
import { CompatibilityService } from '../compatibility/compatibility.service.js';
import type { Change, DiffReport } from '../compatibility/engine/change.js';
import { ConformanceService, type ComponentConformance } from '../conformance/conformance.service.js';
import type { OverviewRow } from '../conformance/domain/overview.js';
import type { Issue } from '../contracts/domain/contract-issues.js';
import { addPositions } from '../contracts/domain/source-locator.js';
import { GuidelinesService } from '../guidelines/guidelines.service.js';
import { SearchService, type SearchHit } from '../search/search.service.js';
import type { SearchFilter } from '../search/search.repository.js';
import { CatalogueRepository, type LayerComponentRow } from './catalogue.repository.js';
import type { GuidelinesView } from './render/guidelines-part.js';

export const COMPONENTS_PER_LAYER = 12;
export const SEARCH_PAGE = 20;
export const MAX_QUERY_LENGTH = 500;

export interface ContractWithVersions {
  contract: Contract;
  /** Newest semver first. */
  versions: ContractVersion[];
  latest: ContractVersion | null;
  /** Score of the latest version's newest guideline result (null: not linted). */
  latestGuidelineScore?: number | null;
}

export interface LocatedChange extends Change {
  /** Line in the document the pointer points into (revision, or base for removals). */
  line: number | null;
  side: 'from' | 'to';
}

/** Reads for the catalogue pages, through the feature services (no writes). */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly components: ComponentsService,
    private readonly componentsRepo: ComponentsRepository,
    private readonly search: SearchService,
    private readonly compatibility: CompatibilityService,
    private readonly conformance: ConformanceService,
    private readonly repo: CatalogueRepository,
    private readonly guidelines: GuidelinesService,
  ) {}

  layers(): Promise<LayerComponentRow[]> {
    return this.repo.layerOverview(COMPONENTS_PER_LAYER);
  }

  async searchContracts(query: string, filter: SearchFilter, offset: number): Promise<{ hits: SearchHit[]; hasNextPage: boolean }> {
    if (query.length > MAX_QUERY_LENGTH) throw new DomainError('BAD_REQUEST', `the search query is longer than ${MAX_QUERY_LENGTH} characters`);
    return this.search.search(query, filter, SEARCH_PAGE, offset);
  }

  async component(slug: string): Promise<{ component: Component; contracts: ContractWithVersions[]; conformance: ComponentConformance }> {
    const component = await this.components.getBySlug(slug);
    const [contracts, conformance] = await Promise.all([this.contractsOf(component), this.conformance.forComponents([component.id])]);
    return { component, contracts, conformance: conformance[0] ?? { current: null, history: [] } };
  }

  private async contractsOf(component: Component): Promise<ContractWithVersions[]> {
    const contracts = await this.componentsRepo.findContractsByComponentIds([component.id]);
    if (!contracts.length) return [];
    const versions = await this.componentsRepo.listVersionsByContractIds(contracts.map((c) => c.id));
    const withVersions = contracts.map((contract) => {
      const own = versions.filter((v) => v.contractId === contract.id).sort((a, b) => semver.rcompare(a.version, b.version));
      return { contract, versions: own, latest: own.find((v) => !v.prerelease) ?? null };
    });
    // Newest result first per version: the first row seen for a version is its current score.
    const scores = new Map<string, number>();
    for (const r of await this.guidelines.resultsOf(withVersions.flatMap((c) => (c.latest ? [c.latest.id] : [])))) if (!scores.has(r.versionId)) scores.set(r.versionId, r.score);
    return withVersions.map((c) => ({ ...c, latestGuidelineScore: c.latest ? (scores.get(c.latest.id) ?? null) : null }));
  }

  async version(slug: string, contractName: string, version: string) {
    const { component, contract } = await this.components.getContract(slug, contractName);
    const [found, all] = await Promise.all([
      this.components.getVersion(slug, contractName, version),
      this.componentsRepo.listVersionsByContractIds([contract.id]),
    ]);
    const versions = all.sort((a, b) => semver.rcompare(a.version, b.version));
    const [r] = await this.guidelines.resultsOf([found.id]);
    const guidelines: GuidelinesView | null = r ? {
      profile: r.profileName, profileVersion: r.profileVersion, mode: r.mode, score: r.score, lintedAt: r.lintedAt,
      counts: { error: r.errors, warn: r.warnings, info: r.infos, hint: r.hints }, findings: r.findings,
    } : null;
    return { component, contract, version: found, versions, latest: versions.find((v) => !v.prerelease) ?? null, guidelines };
  }

  async diff(slug: string, contractName: string, from: string, to: string) {
    const { component, contract } = await this.components.getContract(slug, contractName);
    const [a, b] = await Promise.all([
      this.components.getVersion(slug, contractName, from),
      this.components.getVersion(slug, contractName, to),
    ]);
    const report: DiffReport = this.compatibility.compare(a.document, b.document);
    const versions = (await this.componentsRepo.listVersionsByContractIds([contract.id])).sort((x, y) => semver.rcompare(x.version, y.version));
    return { component, contract, from: a, to: b, report, changes: locate(report.changes, a, b), versions };
  }

  conformanceOverview(): Promise<OverviewRow[]> {
    return this.conformance.overview();
  }

  async source(slug: string, contractName: string, version: string): Promise<{ component: Component; contract: Contract; version: ContractVersion }> {
    const { component, contract } = await this.components.getContract(slug, contractName);
    return { component, contract, version: await this.components.getVersion(slug, contractName, version) };
  }
}

/**
 * Removals point into the base document, everything else into the revision: resolve each pointer to a
 * line there (the error-path locator, run once per side for all findings).
 */
function locate(changes: Change[], from: ContractVersion, to: ContractVersion): LocatedChange[] {
  const side = (c: Change): 'from' | 'to' => (existsAt(to.document, c.pointer) ? 'to' : 'from');
  const sides = changes.map(side);
  const lines = new Map<string, number>();
  for (const [s, v] of [['from', from], ['to', to]] as const) {
    const issues: Issue[] = changes.filter((_c, i) => sides[i] === s).map((c) => ({ code: 'INVALID_DOCUMENT' as Issue['code'], message: '', pointer: c.pointer }));
    if (!issues.length) continue;
    for (const located of addPositions(issues, v.documentText, v.syntax)) if (located.line) lines.set(`${s}:${located.pointer}`, located.line);
  }
  return changes.map((c, i) => ({ ...c, side: sides[i], line: lines.get(`${sides[i]}:${c.pointer}`) ?? null }));
}

function existsAt(doc: unknown, pointer: string): boolean {
  let cur: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!cur || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return false;
    cur = (cur as Record<string, unknown>)[key];
  }
  return true;
}

export { NotFoundError };
