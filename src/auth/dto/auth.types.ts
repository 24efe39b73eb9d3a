import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';
import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ApiTokenRoleEnum {
  ADMIN = 'ADMIN',
  PUBLISHER = 'PUBLISHER',
  USER = 'USER',
}
registerEnumType(ApiTokenRoleEnum, {
  name: 'ApiTokenRole',
  description: 'ADMIN: registry operators. PUBLISHER: CI token scoped to components (and optionally contracts). USER: acts with the role grants of its owner.',
});

export enum ComponentRoleEnum {
  PLATFORM_OWNER = 'PLATFORM_OWNER',
  OPERATOR = 'OPERATOR',
  PROCEDURE_OWNER = 'PROCEDURE_OWNER',
}
registerEnumType(ComponentRoleEnum, { name: 'ComponentRole' });

@InputType()
export class CreateApiTokenInput {
  @Field() name: string;
  @Field({ nullable: true, description: 'Who acts with the token (ADMIN only; otherwise derived: the caller for USER tokens, ci:<caller>/<name> for PUBLISHER tokens)' }) owner?: string;
  @Field(() => ApiTokenRoleEnum, { defaultValue: ApiTokenRoleEnum.PUBLISHER }) role: ApiTokenRoleEnum;
  @Field(() => [String], { nullable: true, description: 'PUBLISHER scope: component slugs' }) components?: string[];
  @Field(() => [String], { nullable: true, description: 'Optional narrowing of a PUBLISHER token to these contract names' }) contracts?: string[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'Clamped to REGISTRY_TOKEN_MAX_DAYS and the caller token\'s own expiry; default: the maximum' }) expiresAt?: Date;
  @Field({ nullable: true, description: 'Alternative to expiresAt: e.g. "90d", "12h"' }) expiresIn?: string;
}

@ObjectType('ApiToken', { description: 'An API token without its secret' })
export class ApiTokenModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() owner: string;
  @Field(() => ApiTokenRoleEnum) role: ApiTokenRoleEnum;
  @Field(() => [String]) components: string[];
  @Field(() => [String]) contracts: string[];
  @Field({ description: 'Non-secret start of the token, to recognise it' }) tokenPrefix: string;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Updated at most once a minute' }) lastUsedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt: Date | null;
  @Field({ description: 'Label of the creator (its owner name at the time); identity is createdByTokenId' }) createdBy: string;
  @Field(() => ID, { nullable: true, description: 'The token that created this one; null for operator tooling and tokens from before issue #11' })
  createdByTokenId: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiTokenModel) token: ApiTokenModel;
  @Field({ description: 'The secret. Shown only in this response; store it now.' }) secret: string;
}

@InputType()
export class RoleGrantInput {
  @Field({ description: 'The owner name of the tokens that act with this role' }) subject: string;
  @Field(() => ComponentRoleEnum) role: ComponentRoleEnum;
  @Field({ description: 'Component slug' }) component: string;
}

@ObjectType('RoleGrant')
export class RoleGrantModel {
  @Field(() => ID) id: string;
  @Field() subject: string;
  @Field(() => ComponentRoleEnum) role: ComponentRoleEnum;
  @Field() component: string;
  @Field() grantedBy: string;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType({ description: 'The principal behind the request token' })
export class Viewer {
  @Field() name: string;
  @Field() tokenName: string;
  @Field(() => ApiTokenRoleEnum) role: ApiTokenRoleEnum;
  @Field(() => [String]) components: string[];
  @Field(() => [String]) contracts: string[];
}
