import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JsonScalar } from '../../common/graphql/json.scalar.js';
import { PageInfo } from '../../common/graphql/connection.js';
import { ComponentLifecycleEnum } from './component.input.js';

export enum ContractKindEnum {
  OPENAPI = 'OPENAPI',
  ASYNCAPI = 'ASYNCAPI',
}
registerEnumType(ContractKindEnum, { name: 'ContractKind' });

export enum CompatibilityModeEnum {
  BACKWARD = 'BACKWARD',
  BACKWARD_TRANSITIVE = 'BACKWARD_TRANSITIVE',
  FORWARD = 'FORWARD',
  FORWARD_TRANSITIVE = 'FORWARD_TRANSITIVE',
  FULL = 'FULL',
  FULL_TRANSITIVE = 'FULL_TRANSITIVE',
  NONE = 'NONE',
}
registerEnumType(CompatibilityModeEnum, { name: 'CompatibilityMode' });

export enum SemverPolicyEnum {
  ENFORCED = 'ENFORCED',
  ADVISORY = 'ADVISORY',
  OFF = 'OFF',
}
registerEnumType(SemverPolicyEnum, {
  name: 'SemverPolicy',
  description: 'ENFORCED: a too-small version bump is refused (SEMVER_VIOLATION); ADVISORY: it is reported (semverWarnings) and accepted; OFF: not checked',
});

export enum CompatibilityScopeEnum {
  MAJOR_LINE = 'MAJOR_LINE',
  ALL_VERSIONS = 'ALL_VERSIONS',
}
registerEnumType(CompatibilityScopeEnum, {
  name: 'CompatibilityScope',
  description: 'MAJOR_LINE: a major bump (0.x: minor) declares a break, compatibility is checked within a line; ALL_VERSIONS: no line is exempt, transitive modes check every earlier version',
});

@ObjectType()
export class Contact {
  @Field() name: string;
  @Field() email: string;
}

@ObjectType({ description: 'A published, immutable version of a contract' })
export class ContractVersionModel {
  @Field(() => ID) id: string;
  contractId: string;
  @Field() version: string;
  @Field({ description: 'e.g. 3.1.0 for OpenAPI 3.1, 3.0.0 for AsyncAPI 3' }) specVersion: string;
  @Field(() => ContractKindEnum) kind: ContractKindEnum;
  @Field({ description: 'sha256 (hex) of the uploaded bytes' }) sha256: string;
  @Field(() => Int) sizeBytes: number;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true, description: 'info.version inside the document' }) documentVersion: string | null;
  @Field(() => Int) operationCount: number;
  @Field(() => Int) channelCount: number;
  @Field(() => Int) messageCount: number;
  @Field(() => Int) schemaCount: number;
  @Field() publishedBy: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => String, { nullable: true, description: 'The version this one was checked against' }) predecessorVersion: string | null;
}

@ObjectType()
export class ContractModel {
  @Field(() => ID) id: string;
  componentId: string;
  @Field() name: string;
  @Field(() => ContractKindEnum, { nullable: true, description: 'null until the first version is published' }) kind: ContractKindEnum | null;
  @Field(() => CompatibilityModeEnum) compatibilityMode: CompatibilityModeEnum;
  @Field(() => SemverPolicyEnum) semverPolicy: SemverPolicyEnum;
  @Field(() => CompatibilityScopeEnum) compatibilityScope: CompatibilityScopeEnum;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType({ description: 'A base component of the Deutschland-Stack' })
export class ComponentModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field() description: string;
  @Field() layer: string;
  @Field(() => ComponentLifecycleEnum) lifecycle: ComponentLifecycleEnum;
  @Field(() => [String]) tags: string[];
  @Field(() => String, { nullable: true }) ownerOrganisation: string | null;
  @Field(() => Contact, { nullable: true }) platformOwner: Contact | null;
  @Field(() => Contact, { nullable: true }) operator: Contact | null;
  @Field(() => Contact, { nullable: true }) procedureOwner: Contact | null;
  @Field(() => String, { nullable: true, description: 'SPDX licence expression' }) license: string | null;
  @Field(() => String, { nullable: true }) repositoryUrl: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
}

@ObjectType()
export class ComponentEdge {
  @Field() cursor: string;
  @Field(() => ComponentModel) node: ComponentModel;
}

@ObjectType()
export class ComponentConnection {
  @Field(() => [ComponentEdge]) edges: ComponentEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

export { JsonScalar };
