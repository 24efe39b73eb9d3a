import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { decodeCursor, encodeCursor } from '../common/graphql/connection.js';
import { DomainError } from '../common/errors/domain-error.js';
import { assertPageSize } from '../components/components.resolver.js';
import { ContractSearchFilter, SearchHitConnection } from './dto/search.model.js';
import { SearchService } from './search.service.js';

// Ranked results page by position; deeper than this, narrow the query or the filter instead.
const MAX_OFFSET = 10_000;

function offsetFrom(after: string | undefined): number {
  const raw = decodeCursor(after);
  if (raw === undefined) return 0;
  const n = /^o:(\d{1,6})$/.exec(raw)?.[1];
  if (n === undefined || Number(n) > MAX_OFFSET) throw new DomainError('BAD_REQUEST', 'invalid "after" cursor', [{ pointer: '/after', message: 'use an endCursor of this query' }]);
  return Number(n);
}

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Access('read', { rate: 'expensive' })
  @Query(() => SearchHitConnection, { description: 'Full-text search over contracts (latest versions unless filter.allVersions), best match first' })
  async searchContracts(
    @Args('query') query: string,
    @Args('filter', { nullable: true, type: () => ContractSearchFilter }) filter?: ContractSearchFilter,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<SearchHitConnection> {
    assertPageSize(first);
    if (query.length > 500) throw new DomainError('BAD_REQUEST', 'the search query is longer than 500 characters', [{ pointer: '/query', message: 'too long' }]);
    const offset = offsetFrom(after);
    const page = await this.search.search(query, filter ?? {}, first, offset);
    const edges = page.hits.map((node, i) => ({ cursor: encodeCursor(`o:${offset + i + 1}`), node: node as never }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }
}
