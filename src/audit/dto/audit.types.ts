import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/graphql/connection.js';
import { JsonScalar } from '../../common/graphql/json.scalar.js';

@ObjectType('AuditEvent', { description: 'One link of the tamper-evident audit chain' })
export class AuditEventModel {
  @Field(() => ID, { description: 'Position in the chain (1, 2, …)' }) seq: string;
  @Field(() => DateTimeScalar) occurredAt: Date;
  @Field() actor: string;
  @Field(() => String, { nullable: true }) actorTokenId: string | null;
  @Field({ description: 'e.g. contract.published, component.created, component.updated, role.granted, token.revoked' }) action: string;
  @Field() subjectType: string;
  @Field() subject: string;
  @Field(() => String, { nullable: true }) component: string | null;
  @Field(() => String, { nullable: true, description: 'sha256 of the canonical JSON of the state before' }) beforeDigest: string | null;
  @Field(() => String, { nullable: true, description: 'sha256 of the canonical JSON of the state after' }) afterDigest: string | null;
  @Field(() => JsonScalar) details: Record<string, unknown>;
  @Field() prevHash: string;
  @Field() hash: string;
}

@ObjectType()
export class AuditEventEdge {
  @Field() cursor: string;
  @Field(() => AuditEventModel) node: AuditEventModel;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@InputType()
export class AuditLogFilterInput {
  @Field({ nullable: true, description: 'Component slug (required unless the caller is ADMIN)' }) component?: string;
  @Field({ nullable: true }) action?: string;
  @Field({ nullable: true }) actor?: string;
}

@ObjectType()
export class AuditChainVerification {
  @Field() ok: boolean;
  @Field(() => Int) checked: number;
  @Field() headSeq: string;
  @Field(() => String, { nullable: true, description: 'First event that breaks the chain' }) brokenSeq: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) message: string | null;
}
