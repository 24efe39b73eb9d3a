import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { Component } from '../components/component.entity.js';
import { ComponentExtensions, EXTENSION_FILTER_FIELDS, type ExtensionFilterField, type FilterPredicate } from '../components/component-extensions.js';
import type { Contract } from '../components/contract.entity.js';
import type { ContractVersion } from '../components/contract-version.entity.js';
import { PublishHooks } from '../components/publish-hooks.js';
import type { SearchElementKind } from './domain/extract-search-elements.js';
import { highlight } from './domain/highlight.js';
import { componentText, mergeVocabulary, prepareSearchIndex, vocabulary, type PreparedSearchIndex } from './domain/prepare-search-document.js';
import { draftTerms, termKey, type MatchedAs } from './domain/query-expansion.js';
import { planTerm, termQuery, vocabularyCandidates, type Alternative, type PlannedTerm } from './domain/query-plan.js';
import { parseOperationPattern, queryWords, type OperationPattern, type QueryWord } from './domain/search-text.js';
import { SearchCache } from './search-cache.js';
import { SearchRepository, type HitQuery, type SearchFilter, type SearchHitRow } from './search.repository.js';

// Extension filters backed by the search index itself: the cache is emptied with it, so results using them
// may be cached. Every other module's filter (conformance, trust facts, guideline scores …) is not.
const CACHE_SAFE_FILTERS: ReadonlySet<ExtensionFilterField> = new Set(['specVersion', 'operation']);

export interface SearchMatch {
  kind: SearchElementKind;
  label: string;
  snippet: string | null;
}

export interface SearchHit {
  score: number;
  component: Component;
  contract: Contract;
  version: ContractVersion & { kind: string };
  matches: SearchMatch[];
  matchedTerms: MatchedTerm[];
}

/** How one query term matched a hit (issue 22: ranking stays explainable). */
export interface MatchedTerm {
  term: string;
  matchedAs: MatchedAs;
  via: string;
}

const MATCHES_PER_HIT = 3;
const BACKFILL_BATCH = 100;

@Injectable()
export class SearchService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Search');

  constructor(
    private readonly repo: SearchRepository,
    private readonly publishHooks: PublishHooks,
    private readonly extensions: ComponentExtensions,
    private readonly cache: SearchCache<{ hits: SearchHit[]; hasNextPage: boolean }>,
  ) {}

  onModuleInit(): void {
    // Indexing runs inside the publish transaction: a version is searchable exactly when it exists. The
    // text work was done in the validation worker (parsed.search); only the SQL runs here.
    this.publishHooks.register('search-index', (em, e) =>
      this.indexVersion(em, e.component, e.contract, e.version, e.parsed.search ?? prepareSearchIndex(e.parsed.document), { wordsAdded: e.parsed.search !== undefined }));
    // The vocabulary (typo/compound expansion) is shared by all tenants: an INSERT … ON CONFLICT on a word
    // another publish inserted waits for that whole transaction. Added before the transaction, in one
    // short statement; a word left by a publish that then fails only widens typo expansion.
    this.publishHooks.registerPrepare('search-vocabulary', async ({ component, parsed }) => {
      if (parsed.search) await this.repo.addWordsNow(mergeVocabulary(parsed.search.vocabulary, vocabulary([componentText(component)])));
    });
    // Component fields are copied into every version row of the component, so they are re-copied here.
    this.extensions.onSaved('search-index', (em, c) => this.reindexComponent(em, c));
    this.extensions.registerFilter({
      name: 'search',
      handles: ['specVersion', 'operation'],
      build: (filter, scope) => this.repo.extensionPredicates(filter, scope, operationPattern(filter.operation)),
    });
  }

  /** Versions stored before this index existed (or by an older release) are indexed at start. */
  async onApplicationBootstrap(): Promise<void> {
    let total = 0;
    for (let ids = await this.repo.unindexedVersionIds(BACKFILL_BATCH); ids.length; ids = await this.repo.unindexedVersionIds(BACKFILL_BATCH)) {
      for (const id of ids) {
        await this.repo.transaction(async (em) => {
          const row = await this.repo.loadForIndexing(em, id);
          if (row) await this.indexVersion(em, row.component, row.contract, row.version, prepareSearchIndex(row.version.document));
        });
      }
      total += ids.length;
    }
    if (total) this.logger.log(`search index backfilled for ${total} versions`);
  }

  /** The one indexing path (publish hook, backfill, benchmark loader). */
  async indexVersion(em: EntityManager, component: Component, contract: Contract, version: Pick<ContractVersion, 'id'>, prepared: PreparedSearchIndex,
    opts: { wordsAdded?: boolean } = {}): Promise<void> {
    const comp = componentText(component);
    const ids = { versionId: version.id, contractId: contract.id, componentId: component.id };
    this.cache.invalidate(em);
    const words = opts.wordsAdded ? [] : mergeVocabulary(prepared.vocabulary, vocabulary([comp]));
    await this.repo.indexVersion(em, ids, prepared.document, comp, prepared.elements, words, { kind: versionKind(contract), ...filterColumns(component) });
    await this.repo.refreshLatest(em, contract.id);
  }

  async reindexComponent(em: EntityManager, component: Component): Promise<void> {
    this.cache.invalidate(em);
    const text = componentText(component);
    await this.repo.refreshComponent(em, component.id, text, vocabulary([text]), filterColumns(component));
  }

  /**
   * Versions matching every query word first (the tier the precise score puts first anyway: it counts
   * matched words), then — only when they do not fill the page — versions matching some of the words.
   * AND-ing lets the index skip most of the versions a frequent word ("Antrag") matches.
   */
  private async hits(q: HitQuery, filter: SearchFilter, extra: FilterPredicate[], limit: number, offset: number): Promise<SearchHitRow[]> {
    const candidates = candidateCount(limit, offset);
    if (q.wordQueries.length < 2) return this.repo.searchHits(q, filter, extra, limit, offset, candidates);
    const all = q.wordQueries.join(' & ');
    const tier1 = await this.repo.searchHits({ ...q, match: all }, filter, extra, limit, offset, candidates);
    if (tier1.length >= limit) return tier1;
    // Position of the OR tier's first row: the AND tier's size (counted only when this page starts past it).
    const allCount = tier1.length ? offset + tier1.length : offset ? await this.repo.countHits(all, filter, extra) : 0;
    const restOffset = Math.max(0, offset - allCount);
    const tier2 = await this.repo.searchHits({ ...q, exclude: all }, filter, extra, limit - tier1.length, restOffset, candidateCount(limit - tier1.length, restOffset));
    return [...tier1, ...tier2];
  }

  async search(query: string, filter: SearchFilter, first: number, offset: number): Promise<{ hits: SearchHit[]; hasNextPage: boolean }> {
    // Filters of other modules depend on data whose changes do not reach the cache: not cached. Nor are
    // big pages (memory: the cache holds at most 200 pages of at most 50 hits).
    const foreign = EXTENSION_FILTER_FIELDS.some((f) => !CACHE_SAFE_FILTERS.has(f) && filter[f] != null);
    const cacheable = !foreign && first <= 50;
    if (!cacheable) return this.searchUncached(query, filter, first, offset);
    return this.cache.get(JSON.stringify([query, filter, first, offset]), () => this.searchUncached(query, filter, first, offset));
  }

  private async searchUncached(query: string, filter: SearchFilter, first: number, offset: number): Promise<{ hits: SearchHit[]; hasNextPage: boolean }> {
    const words = queryWords(query);
    if (!words.length) throw new DomainError('BAD_REQUEST', 'the search query contains no words', [{ pointer: '/query', message: 'enter at least one word' }]);
    // A term without any alternative (no lexeme in any configuration) cannot match anything.
    const terms = (await this.planQuery(words)).filter((t) => t.alternatives.length > 0);
    if (!terms.length) throw new DomainError('BAD_REQUEST', 'the search query contains no searchable words', [{ pointer: '/query', message: 'enter at least one word' }]);
    // German stop words ("und", "die") would match nearly everything; drop them unless nothing else is left.
    const useful = terms.filter((t) => t.stems.length > 0);
    const chosen = useful.length ? useful : terms;
    const wordQueries = chosen.map(termQuery);
    const tsquery = wordQueries.join(' | ');
    const extra = this.extensions.predicates(filter, { component: 'c', versionId: 'sv.version_id' });
    const alternatives = chosen.flatMap((t) => t.alternatives.map((a) => ({ term: t.text, ...a })));
    const rows = await this.hits({ match: tsquery, tsquery, wordQueries, pathLike: pathInQuery(query), alternatives: alternatives.map((a) => a.tsquery) }, filter, extra, first + 1, offset);
    const page = rows.slice(0, first);
    const [elements, entities] = await Promise.all([
      this.repo.matchedElements(page.map((h) => h.versionId), tsquery, MATCHES_PER_HIT, primaryQuery(chosen) ?? tsquery),
      this.repo.loadHitEntities(page),
    ]);
    const highlightTerms = {
      words: chosen.flatMap((t) => [t.folded, ...t.alternatives.filter((a) => a.matchedAs !== 'PREFIX' && a.matchedAs !== 'STEM').flatMap((a) => termKey(a.via).split(' '))]).filter(Boolean),
      stems: chosen.flatMap((t) => [...t.stems, ...t.alternatives.filter((a) => a.matchedAs === 'STEM' && a.via !== t.stems.join(' ')).map((a) => a.via)]),
    };
    const hits = page.map((h): SearchHit => {
      const contract = entities.contracts.find((c) => c.id === h.contractId)!;
      return {
        score: Number(h.score),
        component: entities.components.find((c) => c.id === h.componentId)!,
        contract,
        version: { ...entities.versions.find((v) => v.id === h.versionId)!, kind: versionKind(contract) },
        matches: elements.filter((e) => e.versionId === h.versionId).map((e) => ({
          kind: e.kind as SearchElementKind, label: e.label, snippet: highlight(e.content, highlightTerms),
        })),
        matchedTerms: explain(alternatives, h.matched),
      };
    });
    return { hits, hasNextPage: rows.length > first };
  }

  /** Query words → terms with labelled alternatives (stems, plurals, compound parts, typos, translations). */
  private async planQuery(words: QueryWord[]): Promise<PlannedTerm[]> {
    const drafts = draftTerms(words);
    const termWords = drafts.map((d) => ({ original: d.words.map((w) => w.original).join(' '), folded: d.words.map((w) => w.folded).join(' ') }));
    const candidates = drafts.flatMap((d, term) => vocabularyCandidates(d).map((word) => ({ term, word })));
    const facts = await this.repo.expandWords(termWords, candidates);
    return drafts.map((d, i) => planTerm(d, facts[i]));
  }
}

/** The terms without synonyms and translations (null when nothing else is left). */
function primaryQuery(terms: PlannedTerm[]): string | null {
  const own = terms.map((t) => t.alternatives.filter((a) => a.matchedAs !== 'SYNONYM' && a.matchedAs !== 'TRANSLATION')).filter((a) => a.length);
  return own.length ? own.map((a) => `(${a.map((x) => x.tsquery).join(' | ')})`).join(' | ') : null;
}

/** Per query term, how it matched this hit: the first matching alternative of each kind. */
function explain(alternatives: (Alternative & { term: string })[], matchedIndexes: number[]): MatchedTerm[] {
  const out: MatchedTerm[] = [];
  for (const i of [...matchedIndexes].sort((a, b) => a - b)) {
    const a = alternatives[i];
    if (!out.some((m) => m.term === a.term && m.matchedAs === a.matchedAs)) out.push({ term: a.term, matchedAs: a.matchedAs, via: a.via });
  }
  return out;
}

/**
 * How many versions stage 1 hands to precise ranking: the first CANDIDATES ranks are exact among the
 * best CANDIDATES by the cheap score; deeper pages widen the window in steps so pages stay consistent.
 */
const CANDIDATES = 100;
function candidateCount(limit: number, offset: number): number {
  return Math.ceil((offset + limit) / CANDIDATES) * CANDIDATES;
}

function filterColumns(c: Component): { layer: string; lifecycle: string; tags: string[]; ownerOrganisation: string | null } {
  return { layer: c.layer, lifecycle: c.lifecycle, tags: c.tags ?? [], ownerOrganisation: c.ownerOrganisation ?? null };
}

/** `/antraege/{id}` in a query → LIKE pattern for operation paths containing it. */
function pathInQuery(query: string): string | null {
  const path = /(?:^|\s)(\/\S+)/.exec(query)?.[1];
  const pattern = path ? parseOperationPattern(path) : null;
  return pattern ? `%${pattern.pathLike}%` : null;
}

function operationPattern(input: string | undefined): OperationPattern | null {
  if (input === undefined || input === null) return null;
  const pattern = parseOperationPattern(input);
  if (!pattern) {
    throw new DomainError('BAD_REQUEST', `operation filter "${input}" is not "METHOD path-pattern"`, [{ pointer: '/filter/operation', message: 'expected e.g. "POST /antraege*"' }]);
  }
  return pattern;
}

// A contract with a version always has its kind (the first version fixes it; only settings-only
// contracts have none, and they have nothing to index or find).
function versionKind(contract: Contract): string {
  if (contract.kind === null) throw new Error(`contract ${contract.id} has versions but no kind`);
  return contract.kind;
}
