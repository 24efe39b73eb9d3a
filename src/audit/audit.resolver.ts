import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { decodeCursor, encodeCursor } from '../common/graphql/connection.js';
import { Access } from '../auth/access.decorator.js';
import { assertPageSize } from '../components/components.resolver.js';
import { AuditService } from './audit.service.js';
import { AuditChainVerification, AuditEventConnection, AuditEventModel, AuditLogFilterInput } from './dto/audit.types.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'Audit trail, newest first. ADMIN: all; PLATFORM_OWNER/PROCEDURE_OWNER: their component (filter.component)' })
  @Access('read-audit', { component: 'filter.component', rate: 'expensive' })
  async auditLog(
    @Args('filter', { nullable: true }) filter?: AuditLogFilterInput,
    @Args('first', { type: () => Int, defaultValue: 50 }) first = 50,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AuditEventConnection> {
    assertPageSize(first);
    const cursor = decodeCursor(after);
    const rows = await this.audit.list(filter ?? {}, first + 1, cursor && /^\d+$/.test(cursor) ? cursor : undefined);
    const edges = rows.slice(0, first).map((e) => ({ cursor: encodeCursor(e.seq), node: e as AuditEventModel }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => AuditChainVerification, { description: 'ADMIN: walk the whole chain and report the first broken link' })
  @Access('admin', { rate: 'expensive' })
  async verifyAuditChain(): Promise<AuditChainVerification> {
    const r = await this.audit.verify();
    return { ok: r.ok, checked: r.checked, headSeq: r.headSeq, brokenSeq: r.broken?.seq ?? null, reason: r.broken?.reason ?? null, message: r.broken?.message ?? null };
  }
}
