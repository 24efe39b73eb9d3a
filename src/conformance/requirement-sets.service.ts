import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import semver from 'semver';
import { isStrictSemver, semverParts } from '../components/domain/component-facts.js';
import { isUniqueViolation } from '../components/components.service.js';
import type { ErrorCause } from '../common/errors/domain-error.js';
import {
  BUILTIN_CATALOGUE, diffRequirementSets, parseArfCsv, sha256Hex,
  type Requirement, type RequirementSet, type RequirementSetDiff, type RequirementSetUpdate, type VerdictEntry,
} from './domain/index.js';
import { invalidRequirementSetCoordinates, requirementSetConflict, requirementSetNotFound } from './conformance.errors.js';
import type { RequirementRow, RequirementSetRow } from './requirement-set.entity.js';
import { RequirementSetsRepository } from './requirement-sets.repository.js';
import { AuditService, type AuditActor } from '../audit/audit.service.js';

/** A requirement as stored: the domain shape plus catalogue-only extras (title, ARF references). */
export type StoredRequirement = Requirement & { extra: Record<string, unknown> | null };

export interface LoadedSet extends RequirementSet {
  row: RequirementSetRow;
  requirements: readonly StoredRequirement[];
}

export interface ImportCommand {
  name: string;
  version: string;
  requirements: readonly (Requirement & { title?: string; arfRefs?: unknown })[];
  source: 'builtin' | 'csv';
  importedBy: string;
  /** Who imports (audited). The built-in catalogue ships with the release and is seeded unaudited. */
  actor?: AuditActor;
}

export interface ImportResult {
  created: boolean;
  set: LoadedSet;
  /** Newest older release of the same set, if any: what this import changed against it. */
  previousVersion: string | null;
}

const SET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

@Injectable()
export class RequirementSetsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('RequirementSets');
  // Releases are immutable, so loaded sets and their diffs can be cached for the life of the process.
  private readonly sets = new Map<string, Promise<LoadedSet | null>>();
  private readonly diffs = new Map<string, Promise<RequirementSetDiff>>();

  constructor(
    private readonly repo: RequirementSetsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The built-in catalogue is there on every install; seeding it again is a no-op. */
  async onApplicationBootstrap(): Promise<void> {
    const r = await this.importSet({ ...BUILTIN_CATALOGUE, source: 'builtin', importedBy: 'registry' });
    if (r.created) this.logger.log(`seeded requirement set ${BUILTIN_CATALOGUE.name} ${BUILTIN_CATALOGUE.version}`);
  }

  importCsv(name: string, version: string, bytes: Uint8Array, actor: AuditActor): Promise<ImportResult> {
    assertCoordinates(name, version);
    return this.importSet({ name, version, requirements: parseArfCsv(bytes), source: 'csv', importedBy: actor.name, actor });
  }

  async importSet(cmd: ImportCommand): Promise<ImportResult> {
    assertCoordinates(cmd.name, cmd.version);
    const rows = cmd.requirements.map((r, position) => toRow(r, position));
    const hash = sha256Hex(JSON.stringify(rows));
    const existing = await this.repo.findSet(cmd.name, cmd.version);
    if (existing) return this.unchanged(existing, hash);
    try {
      await this.repo.transaction(async (em) => {
        const saved = await this.repo.insertSet(em, {
          name: cmd.name, version: cmd.version, ...semverParts(cmd.version), contentSha256: hash, source: cmd.source, importedBy: cmd.importedBy,
        }, rows);
        // Issue #11: an import is a write like any other; its event commits or rolls back with it.
        if (cmd.actor) {
          await this.audit.append(em, {
            actor: cmd.actor.name, actorTokenId: cmd.actor.tokenId || null, action: 'requirement-set.imported', subjectType: 'requirement_set',
            subject: `${cmd.name}@${cmd.version}`, before: null, after: { name: cmd.name, version: cmd.version, contentSha256: hash },
            details: { id: saved.id, source: cmd.source, requirements: rows.length, contentSha256: hash },
          });
        }
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // A concurrent import of the same release won the race: same rule as above.
      return this.unchanged((await this.repo.findSet(cmd.name, cmd.version))!, hash);
    }
    this.sets.delete(key(cmd.name, cmd.version));
    return { created: true, set: await this.require(cmd.name, cmd.version), previousVersion: await this.previousVersion(cmd.name, cmd.version) };
  }

  private async unchanged(existing: RequirementSetRow, hash: string): Promise<ImportResult> {
    if (existing.contentSha256 !== hash) throw requirementSetConflict(existing.name, existing.version, existing.contentSha256, hash);
    return { created: false, set: await this.require(existing.name, existing.version), previousVersion: await this.previousVersion(existing.name, existing.version) };
  }

  find(name: string, version: string): Promise<LoadedSet | null> {
    const k = key(name, version);
    let loaded = this.sets.get(k);
    if (!loaded) {
      loaded = this.load(name, version);
      this.sets.set(k, loaded);
      // Do not cache absence: the release may be imported later.
      void loaded.then((s) => { if (!s) this.sets.delete(k); }, () => this.sets.delete(k));
    }
    return loaded;
  }

  async require(name: string, version: string): Promise<LoadedSet> {
    const set = await this.find(name, version);
    if (!set) throw requirementSetNotFound(name, version);
    return set;
  }

  /** Stored releases (without requirements), by name then semver. */
  list(name?: string): Promise<RequirementSetRow[]> {
    return this.repo.listSets(name);
  }

  async changes(name: string, from: string, to: string): Promise<RequirementSetDiff> {
    const k = `${key(name, from)}\u0000${to}`;
    let diff = this.diffs.get(k);
    if (!diff) {
      diff = Promise.all([this.require(name, from), this.require(name, to)]).then(([a, b]) => diffRequirementSets(a.requirements, b.requirements));
      this.diffs.set(k, diff);
      diff.catch(() => this.diffs.delete(k));
    }
    return diff;
  }

  /**
   * For verdicts given against older releases: the diff to the newest stored release of each set.
   * One diff to the newest release covers every release in between.
   */
  async updatesFor(verdicts: readonly Pick<VerdictEntry, 'requirementSet' | 'requirementSetVersion'>[]): Promise<RequirementSetUpdate[]> {
    const cited = new Map(verdicts.map((v) => [key(v.requirementSet, v.requirementSetVersion), v]));
    if (cited.size === 0) return [];
    const newest = newestByName(await this.repo.listSets());
    const updates = [...cited.values()].map(async (v): Promise<RequirementSetUpdate | null> => {
      const latest = newest.get(v.requirementSet);
      if (!latest || !isStrictSemver(v.requirementSetVersion) || !semver.gt(latest, v.requirementSetVersion)) return null;
      const diff = await this.changes(v.requirementSet, v.requirementSetVersion, latest).catch(() => null);
      return diff && { requirementSet: v.requirementSet, fromVersion: v.requirementSetVersion, toVersion: latest, diff };
    });
    return (await Promise.all(updates)).filter((u): u is RequirementSetUpdate => u !== null);
  }

  private async previousVersion(name: string, version: string): Promise<string | null> {
    const older = (await this.repo.listSets(name)).map((s) => s.version).filter((v) => semver.lt(v, version));
    return older.sort(semver.rcompare)[0] ?? null;
  }

  private async load(name: string, version: string): Promise<LoadedSet | null> {
    const row = await this.repo.findSet(name, version);
    if (!row) return null;
    const requirements = (await this.repo.loadRequirements(row.id)).map(fromRow);
    return { name, version, row, requirements };
  }
}

function key(name: string, version: string): string {
  return `${name}\u0000${version}`;
}

function assertCoordinates(name: string, version: string): void {
  const causes: ErrorCause[] = [];
  if (!SET_NAME.test(name)) causes.push({ pointer: '/name', message: 'set name: letters, digits, ".", "_" and "-", e.g. EUDI-ARF-HLR' });
  if (!isStrictSemver(version) || semver.prerelease(version)) causes.push({ pointer: '/version', message: 'version must be a release semver like 3.0.0' });
  if (causes.length) throw invalidRequirementSetCoordinates(causes);
}

function newestByName(rows: readonly RequirementSetRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows) {
    const current = out.get(r.name);
    if (!current || semver.gt(r.version, current)) out.set(r.name, r.version);
  }
  return out;
}

// Field order is fixed: the content hash is taken over these rows.
function toRow(r: ImportCommand['requirements'][number], position: number): Partial<RequirementRow> {
  const extra = r.title !== undefined || r.arfRefs !== undefined ? { title: r.title ?? null, arfRefs: r.arfRefs ?? [] } : null;
  return {
    position, harmonisedId: r.harmonisedId, legacyIndex: r.legacyIndex, part: r.part, category: r.category, topic: r.topic,
    topicNumber: r.topicNumber, subsection: r.subsection, text: r.text, notes: r.notes, withdrawn: r.withdrawn,
    appliesTo: [...r.appliesTo], extra,
  };
}

function fromRow(r: RequirementRow): StoredRequirement {
  return {
    harmonisedId: r.harmonisedId, legacyIndex: r.legacyIndex, part: r.part, category: r.category, topic: r.topic,
    topicNumber: r.topicNumber, subsection: r.subsection, text: r.text, notes: r.notes, withdrawn: r.withdrawn,
    appliesTo: r.appliesTo, extra: r.extra,
  };
}
