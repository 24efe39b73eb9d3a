import { Injectable } from '@nestjs/common';
import semver from 'semver';
import { DomainError } from '../common/errors/domain-error.js';
import { ComponentsRepository } from '../components/components.repository.js';
import { ComponentsService } from '../components/components.service.js';
import { CompatibilityService, type PairComparison } from './compatibility.service.js';
import { rangeSteps, renderCumulativeChangelog } from './policy/index.js';

/** Steps of one cumulative changelog; each is a full diff on the request thread, so the range is bounded. */
export const MAX_CUMULATIVE_STEPS = 100;

export interface VersionComparison extends PairComparison {
  kind: string;
  cumulative: boolean;
  /** cumulative: every step from `from` to `to`, each with its own report. */
  steps: PairComparison[];
}

/** Any two stored versions of a contract (GraphQL compareVersions, REST …/diff). */
@Injectable()
export class VersionComparisonService {
  constructor(
    private readonly components: ComponentsService,
    private readonly repo: ComponentsRepository,
    private readonly compatibility: CompatibilityService,
  ) {}

  async compare(component: string, contract: string, from: string, to: string, cumulative = false): Promise<VersionComparison> {
    const [a, b] = await Promise.all([
      this.components.getVersion(component, contract, from),
      this.components.getVersion(component, contract, to),
    ]);
    const direct = this.compatibility.comparePair(a, b);
    if (!cumulative) return { ...direct, kind: direct.report.kind, cumulative: false, steps: [] };
    if (!semver.lt(a.version, b.version)) {
      throw new DomainError('BAD_REQUEST', `a cumulative changelog needs "from" (${a.version}) below "to" (${b.version})`, [{ pointer: '/from', message: 'must be lower than to' }]);
    }
    const steps = rangeSteps(await this.repo.listVersionStrings(a.contractId), a.version, b.version);
    if (steps.length > MAX_CUMULATIVE_STEPS) {
      throw new DomainError('BAD_REQUEST', `the range ${a.version}..${b.version} spans ${steps.length} versions; a cumulative changelog covers at most ${MAX_CUMULATIVE_STEPS}`, [{ pointer: '/to', message: 'range too long' }]);
    }
    const rows = await this.repo.findVersionsWithDocuments(a.contractId, [...new Set(steps.flatMap((s) => [s.from, s.to]))]);
    const byVersion = new Map(rows.map((r) => [r.version, r]));
    const compared = steps.map((s) => this.compatibility.comparePair(byVersion.get(s.from)!, byVersion.get(s.to)!));
    const changelog = renderCumulativeChangelog(compared.map((c) => ({ report: c.report, from: c.from, to: c.to })), { from: a.version, to: b.version });
    return { ...direct, changelog, kind: direct.report.kind, cumulative: true, steps: compared };
  }
}
