import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Component } from '../components/component.entity.js';
import type { ComponentListFilter } from '../components/components.repository.js';
import type { FilterPredicate, FilterScope } from '../components/component-extensions.js';
import { Contract } from '../components/contract.entity.js';
import { ContractVersion } from '../components/contract-version.entity.js';
import type { IndexText, PreparedElement } from './domain/prepare-search-document.js';
import type { OperationPattern } from './domain/search-text.js';
import type { TermFacts } from './domain/query-plan.js';

/** SQL for a weighted tsvector from 8 text values (german + simple text for weights A..D). */
function vectorSql(p: (i: number) => string): string {
  return ['A', 'B', 'C', 'D']
    .map((w, i) => `setweight(to_tsvector('german', ${p(2 * i)}) || to_tsvector('simple', ${p(2 * i + 1)}), '${w}')`)
    .join(' || ');
}
const flat = (t: IndexText): string[] => [t.A.german, t.A.simple, t.B.german, t.B.simple, t.C.german, t.C.simple, t.D.german, t.D.simple];

/** What the expansion query returns per query word: the facts the pure planner reads, keyed by the folded word. */
export interface QueryTermRow extends TermFacts {
  folded: string;
}

export interface SearchHitRow {
  versionId: string;
  contractId: string;
  componentId: string;
  score: number;
  /** 0-based indexes into HitQuery.alternatives that the version matches. */
  matched: number[];
}

export interface MatchedElementRow {
  versionId: string;
  kind: string;
  label: string;
  content: string;
  rank: number;
}

export interface HitQuery {
  /** The versions to return: all query words AND-ed, or OR-ed for the fallback tier. */
  match: string;
  /** Versions matching this are left out (the AND tier, when the OR tier fills up a page). */
  exclude?: string | null;
  /** All query words with their expansions, OR-ed (for ranking). */
  tsquery: string;
  /** One tsquery per query word (for counting how many words a version matches). */
  wordQueries: string[];
  /** LIKE pattern when the query contains a path (`/antraege/{id}`), else null. */
  pathLike: string | null;
  /** Every labelled alternative of every term: each hit says which of them it matches (explanations). */
  alternatives: string[];
}

/** Contract and component fields copied onto each search_version row, so common filters need no join. */
export interface SearchFilterColumns {
  kind: string;
  layer: string;
  lifecycle: string;
  tags: string[];
  ownerOrganisation: string | null;
}

export interface SearchFilter extends ComponentListFilter {
  allVersions?: boolean;
}

const VERSION_COLUMNS = `v.id, v.contract_id AS "contractId", v.version, v.major, v.minor, v.patch, v.prerelease, v.syntax,
  v.spec_version AS "specVersion", v.sha256, v.size_bytes AS "sizeBytes", v.title, v.description, v.document_version AS "documentVersion",
  v.operation_count AS "operationCount", v.channel_count AS "channelCount", v.message_count AS "messageCount",
  v.schema_count AS "schemaCount", v.published_by AS "publishedBy", v.predecessor_version AS "predecessorVersion", v.created_at AS "createdAt"`;

@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction('READ COMMITTED', work);
  }

  /** Indexes one version (idempotent) and its words; the caller refreshes `latest` afterwards. */
  async indexVersion(em: EntityManager, ids: { versionId: string; contractId: string; componentId: string },
    doc: IndexText, component: IndexText, elements: PreparedElement[], words: string[], filter: SearchFilterColumns): Promise<void> {
    // head_tsv = names and summaries of the INFO element (always the first): ranked with component_tsv.
    const info = elements[0]?.text;
    const none = { german: '', simple: '' };
    const head: IndexText = { A: info?.A ?? none, B: info?.B ?? none, C: none, D: none };
    const inserted: unknown[] = await em.query(
      `INSERT INTO search_version (version_id, contract_id, component_id, document_tsv, component_tsv, head_tsv,
         kind, layer, lifecycle, tags, owner_organisation)
       VALUES ($1, $2, $3, ${vectorSql((i) => `$${i + 4}`)}, ${vectorSql((i) => `$${i + 12}`)}, ${vectorSql((i) => `$${i + 20}`)},
         $28, $29, $30, $31, $32)
       ON CONFLICT (version_id) DO NOTHING RETURNING version_id`,
      [ids.versionId, ids.contractId, ids.componentId, ...flat(doc), ...flat(component), ...flat(head),
        filter.kind, filter.layer, filter.lifecycle, filter.tags, filter.ownerOrganisation],
    );
    if (!inserted.length) return;
    const col = (f: (e: PreparedElement) => string | null) => elements.map(f);
    const texts = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => elements.map((e) => flat(e.text)[i]));
    await em.query(
      `INSERT INTO search_element (version_id, ordinal, kind, label, method, path, content, tsv)
       SELECT $1, e.ord, e.kind, e.label, e.method, e.path, e.content, ${vectorSql((i) => `e.t${i}`)}
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[])
         AS e(ord, kind, label, method, path, content, t0, t1, t2, t3, t4, t5, t6, t7)`,
      [ids.versionId, elements.map((_, i) => i), col((e) => e.kind), col((e) => e.label), col((e) => e.method), col((e) => e.path), col((e) => e.content), ...texts],
    );
    await this.addWords(em, words);
  }

  /** addWords in its own statement (autocommit), outside any publish transaction. */
  addWordsNow(words: string[]): Promise<void> {
    return this.addWords(this.ds.manager, words);
  }

  /** Sorted insert: concurrent publishes take the vocabulary rows' locks in the same order. */
  async addWords(em: EntityManager, words: string[]): Promise<void> {
    if (!words.length) return;
    await em.query(`INSERT INTO search_term (word) SELECT w FROM unnest($1::text[]) AS w ORDER BY w ON CONFLICT DO NOTHING`, [words]);
  }

  /**
   * `latest` = highest semver without pre-release, by the semver columns (never by publish time), so a
   * hotfix 1.4.1 published after 2.0.0 does not take `latest` from 2.0.0. Runs under the contract lock.
   */
  async refreshLatest(em: EntityManager, contractId: string): Promise<void> {
    await em.query(`UPDATE search_version SET is_latest = false WHERE contract_id = $1 AND is_latest`, [contractId]);
    await em.query(
      `UPDATE search_version SET is_latest = true WHERE version_id = (
         SELECT v.id FROM contract_version v JOIN search_version s ON s.version_id = v.id
         WHERE v.contract_id = $1 AND v.prerelease IS NULL ORDER BY v.major DESC, v.minor DESC, v.patch DESC LIMIT 1)`,
      [contractId],
    );
  }

  async refreshComponent(em: EntityManager, componentId: string, component: IndexText, words: string[], filter: Omit<SearchFilterColumns, 'kind'>): Promise<void> {
    await em.query(
      `UPDATE search_version SET component_tsv = ${vectorSql((i) => `$${i + 2}`)}, layer = $10, lifecycle = $11, tags = $12, owner_organisation = $13
       WHERE component_id = $1`,
      [componentId, ...flat(component), filter.layer, filter.lifecycle, filter.tags, filter.ownerOrganisation]);
    await this.addWords(em, words);
  }

  /** Versions stored before the search index existed (backfilled at start). */
  async unindexedVersionIds(limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT v.id FROM contract_version v WHERE NOT EXISTS (SELECT 1 FROM search_version s WHERE s.version_id = v.id) LIMIT $1`, [limit]);
    return rows.map((r) => r.id);
  }

  async loadForIndexing(em: EntityManager, versionId: string): Promise<{ version: ContractVersion; contract: Contract; component: Component } | null> {
    const version = await em.findOne(ContractVersion, { where: { id: versionId } });
    const contract = version ? await em.findOne(Contract, { where: { id: version.contractId } }) : null;
    const component = contract ? await em.findOne(Component, { where: { id: contract.componentId } }) : null;
    return version && contract && component ? { version, contract, component } : null;
  }

  /**
   * Per query term (a word or a vocabulary phrase), in one statement: its tsqueries as exact simple word,
   * german stem and prefix (each '' when empty); german stems for highlighting; vocabulary compounds
   * containing it (`steuer` → `hundesteuer`); which of its `candidates` (normal forms, split parts) are
   * vocabulary words; and, when the word itself is unknown, near spellings for the caller's edit-distance
   * check. Short words share few trigrams with their typos (antarg/antrag: 0.27 < the 0.3 of `%`), so
   * words sharing the first or last half (length ±2) are probed too: one edit leaves one half intact.
   * Every probe is a trigram GIN index scan.
   */
  async expandWords(words: { original: string; folded: string }[], candidates: { term: number; word: string }[] = []): Promise<QueryTermRow[]> {
    const rows: (QueryTermRow & { nearSim: string[] | null })[] = await this.ds.query(
      `SELECT t.folded,
        plainto_tsquery('simple', t.folded)::text AS exact,
        (plainto_tsquery('german', t.orig) || plainto_tsquery('german', t.folded))::text AS stem,
        CASE WHEN length(t.folded) >= 4 AND position(' ' in t.folded) = 0 THEN to_tsquery('simple', quote_literal(t.folded) || ':*')::text ELSE '' END AS prefix,
        array(SELECT lexeme FROM unnest(to_tsvector('german', t.orig))) AS stems,
        COALESCE((SELECT array_agg(word) FROM (SELECT word FROM search_term
             WHERE length(t.folded) >= 4 AND position(' ' in t.folded) = 0 AND word LIKE '%' || t.folded || '%' AND word <> t.folded
             ORDER BY length(word), word LIMIT 6) part), '{}') AS expansions,
        array(SELECT c.w FROM unnest($3::int[], $4::text[]) AS c(n, w) JOIN search_term st ON st.word = c.w WHERE c.n = t.n) AS known,
        COALESCE(nr.near, '{}') AS near, nr.near_sim AS "nearSim"
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(orig, folded, n)
       LEFT JOIN LATERAL (
         SELECT array_agg(x.word ORDER BY x.sim DESC, x.word) AS near, array_agg(x.sim::text ORDER BY x.sim DESC, x.word) AS near_sim
         FROM (SELECT word, similarity(word, t.folded) AS sim FROM search_term
               WHERE length(t.folded) BETWEEN 4 AND 40 AND position(' ' in t.folded) = 0
                 AND NOT EXISTS (SELECT 1 FROM search_term x WHERE x.word = t.folded)
                 AND (word % t.folded
                      OR (abs(length(word) - length(t.folded)) <= 2
                          AND (word LIKE left(t.folded, (length(t.folded) + 1) / 2) || '%' OR word LIKE '%' || right(t.folded, (length(t.folded) + 1) / 2))))
               ORDER BY sim DESC, word LIMIT 30) x) nr ON true
       ORDER BY t.n`,
      [words.map((w) => w.original), words.map((w) => w.folded), candidates.map((c) => c.term + 1), candidates.map((c) => c.word)],
    );
    return rows.map(({ nearSim, ...r }) => ({ ...r, nearSimilarity: (nearSim ?? []).map(Number) }));
  }

  /**
   * One page of hits, best first. Two stages, so a query word that occurs in most documents does not
   * rank every document:
   * 1. candidates: search_version_matches() (GIN index over the latest versions) for `match`, the
   *    filters on copied columns, ordered by a cheap score — ts_rank over rank_tsv (names and summaries
   *    of document and component, small and stored inline) — and cut to `candidates` rows;
   * 2. precise score for the candidates only = number of query words the version matches + 1 when an
   *    operation path matches a path in the query + ts_rank over the whole document (length-normalised, < 1).
   * When a query matches at most `candidates` versions, the order is exactly the precise score.
   */
  async searchHits(q: HitQuery, filter: SearchFilter, extra: FilterPredicate[], limit: number, offset: number, candidates: number): Promise<SearchHitRow[]> {
    const core = this.coreFilter(filter);
    const where = [
      'true',
      ...(q.exclude ? ['sv.version_id NOT IN (SELECT x.version_id FROM search_version_matches(CAST(:exclude AS tsquery), CAST(:q AS tsquery), :latestOnly) x)'] : []),
      ...core.map((p) => p.sql), ...extra.map((p) => p.sql)];
    const params = Object.assign({ match: q.match, exclude: q.exclude ?? '', latestOnly: !filter.allVersions, q: q.tsquery, words: q.wordQueries, pathLike: q.pathLike ?? '', alts: q.alternatives, limit, offset, candidates },
      ...core.map((p) => p.params), ...extra.map((p) => p.params));
    const pathBonus = q.pathLike
      ? `+ CASE WHEN EXISTS (SELECT 1 FROM search_element pe WHERE pe.version_id = sv.version_id AND pe.kind = 'OPERATION' AND pe.path LIKE :pathLike) THEN 1 ELSE 0 END`
      : '';
    // Extension predicates (other modules) may refer to the component as `c`: join it only for them.
    const join = extra.length ? 'JOIN component c ON c.id = sv.component_id' : '';
    const sql = `
      WITH cand AS (
        SELECT sv.version_id FROM search_version_matches(CAST(:match AS tsquery), CAST(:q AS tsquery), :latestOnly) sv ${join}
        WHERE ${where.join(' AND ')}
        ORDER BY sv.cheap_rank DESC, sv.version_id
        LIMIT :candidates)
      , page AS (
        SELECT sv.version_id AS "versionId", sv.contract_id AS "contractId", sv.component_id AS "componentId",
               (SELECT count(*) FROM unnest(CAST(:words AS tsquery[])) w WHERE sv.tsv @@ w) ${pathBonus}
                 + ts_rank(sv.tsv, CAST(:q AS tsquery), 1) AS score
        FROM cand JOIN search_version sv ON sv.version_id = cand.version_id
        ORDER BY score DESC, sv.version_id
        LIMIT :limit OFFSET :offset)
      -- which labelled alternatives each hit matches (matchedTerms), for the page only
      SELECT page.*, array(SELECT a.i::int - 1 FROM unnest(CAST(:alts AS tsquery[])) WITH ORDINALITY AS a(q, i) WHERE sv.tsv @@ a.q ORDER BY a.i) AS matched
      FROM page JOIN search_version sv ON sv.version_id = page."versionId"
      ORDER BY page.score DESC, page."versionId"`;
    const [query, values] = this.ds.driver.escapeQueryWithParameters(sql, params);
    return this.ds.query(query, values);
  }

  /** Number of versions matching `match` (the AND tier size, needed only to page past it). */
  async countHits(match: string, filter: SearchFilter, extra: FilterPredicate[]): Promise<number> {
    const core = this.coreFilter(filter);
    const where = ['true', ...core.map((p) => p.sql), ...extra.map((p) => p.sql)];
    const params = Object.assign({ match, latestOnly: !filter.allVersions }, ...core.map((p) => p.params), ...extra.map((p) => p.params));
    const join = extra.length ? 'JOIN component c ON c.id = sv.component_id' : '';
    const [query, values] = this.ds.driver.escapeQueryWithParameters(
      `SELECT count(*)::int AS n FROM search_version_matches(CAST(:match AS tsquery), CAST(:match AS tsquery), :latestOnly) sv ${join} WHERE ${where.join(' AND ')}`, params);
    const [row] = (await this.ds.query(query, values)) as { n: number }[];
    return row.n;
  }

  /** The common filters, on the columns copied onto search_version. */
  private coreFilter(f: ComponentListFilter): FilterPredicate[] {
    const out: FilterPredicate[] = [];
    if (f.layer?.length) out.push({ sql: 'sv.layer IN (:...fLayer)', params: { fLayer: f.layer } });
    if (f.lifecycle?.length) out.push({ sql: 'sv.lifecycle IN (:...fLifecycle)', params: { fLifecycle: f.lifecycle } });
    if (f.tags?.length) out.push({ sql: 'sv.tags @> CAST(:fTags AS text[])', params: { fTags: f.tags } });
    if (f.ownerOrganisation?.length) out.push({ sql: 'sv.owner_organisation IN (:...fOrg)', params: { fOrg: f.ownerOrganisation } });
    if (f.kind?.length) out.push({ sql: 'sv.kind IN (:...fKind)', params: { fKind: f.kind } });
    return out;
  }

  /** Predicates for the filter fields the search module implements for everyone (spec version, operation). */
  extensionPredicates(filter: ComponentListFilter, scope: FilterScope, operation: OperationPattern | null): FilterPredicate[] {
    const out: FilterPredicate[] = [];
    // Version scope: that version. Component scope: any latest version of the component.
    const versions = scope.versionId
      ? (cond: string) => `EXISTS (SELECT 1 FROM search_version xs JOIN contract_version xv ON xv.id = xs.version_id ${cond.includes('xe.') ? 'JOIN search_element xe ON xe.version_id = xs.version_id' : ''} WHERE xs.version_id = ${scope.versionId} AND ${cond})`
      : (cond: string) => `EXISTS (SELECT 1 FROM search_version xs JOIN contract_version xv ON xv.id = xs.version_id ${cond.includes('xe.') ? 'JOIN search_element xe ON xe.version_id = xs.version_id' : ''} WHERE xs.component_id = ${scope.component}.id AND xs.is_latest AND ${cond})`;
    if (filter.specVersion?.length) {
      out.push({
        sql: versions('(xv.spec_version = ANY(CAST(:xSpec AS text[])) OR xv.spec_version LIKE ANY(CAST(:xSpecPrefix AS text[])))'),
        params: { xSpec: filter.specVersion, xSpecPrefix: filter.specVersion.map((s) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`) },
      });
    }
    if (operation) {
      const method = operation.method ? ' AND xe.method = :xOpMethod' : '';
      out.push({ sql: versions(`xe.kind = 'OPERATION' AND xe.path LIKE :xOpPath${method}`), params: { xOpPath: operation.pathLike, xOpMethod: operation.method } });
    }
    return out;
  }

  /**
   * The best-matching elements of each version (at most `perVersion`): ranked by `primary` (the words as
   * typed, their stems, parts and typos) before `tsquery` (which adds synonyms and translations), so an
   * element naming the query word comes before one that only matches its translation.
   */
  matchedElements(versionIds: string[], tsquery: string, perVersion: number, primary: string = tsquery): Promise<MatchedElementRow[]> {
    if (!versionIds.length) return Promise.resolve([]);
    return this.ds.query(
      `SELECT "versionId", kind, label, content, rank FROM (
         SELECT e.version_id AS "versionId", e.kind, e.label, e.content, ts_rank(e.tsv, p) AS prank, ts_rank(e.tsv, q) AS rank,
                row_number() OVER (PARTITION BY e.version_id ORDER BY ts_rank(e.tsv, p) DESC, ts_rank(e.tsv, q) DESC, e.ordinal) AS rn
         FROM search_element e, CAST($2 AS tsquery) q, CAST($4 AS tsquery) p
         WHERE e.version_id = ANY($1::uuid[]) AND e.tsv @@ q) x
       WHERE rn <= $3 ORDER BY "versionId", prank DESC, rank DESC`,
      [versionIds, tsquery, perVersion, primary],
    );
  }

  async loadHitEntities(hits: SearchHitRow[]): Promise<{ components: Component[]; contracts: Contract[]; versions: ContractVersion[] }> {
    if (!hits.length) return { components: [], contracts: [], versions: [] };
    const [components, contracts, versions] = await Promise.all([
      this.ds.manager.find(Component, { where: { id: In([...new Set(hits.map((h) => h.componentId))]) } }),
      this.ds.manager.find(Contract, { where: { id: In([...new Set(hits.map((h) => h.contractId))]) } }),
      this.ds.query(`SELECT ${VERSION_COLUMNS} FROM contract_version v WHERE v.id = ANY($1::uuid[])`, [hits.map((h) => h.versionId)]) as Promise<ContractVersion[]>,
    ]);
    return { components, contracts, versions };
  }
}
