import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';

export enum GuidelineModeEnum {
  OFF = 'OFF',
  ADVISORY = 'ADVISORY',
  GATE = 'GATE',
}
registerEnumType(GuidelineModeEnum, { name: 'GuidelineMode', description: 'OFF: no lint; ADVISORY: results stored and shown; GATE: error-level findings refuse the publish (422 GUIDELINE_VIOLATION)' });

@ObjectType({ description: 'Findings per severity' })
export class GuidelineCounts {
  @Field(() => Int) error: number;
  @Field(() => Int) warn: number;
  @Field(() => Int) info: number;
  @Field(() => Int) hint: number;
}

@ObjectType({ description: 'One guideline finding in a contract document' })
export class GuidelineFinding {
  @Field({ description: 'Rule id' }) rule: string;
  @Field({ description: 'error | warn | info | hint' }) severity: string;
  @Field() message: string;
  @Field({ description: 'RFC 6901 JSON pointer' }) pointer: string;
  @Field(() => Int) line: number;
  @Field(() => Int) column: number;
}

@ObjectType({ description: "A contract version's lint result against one profile version" })
export class GuidelineResult {
  @Field({ description: 'Profile name' }) profile: string;
  @Field({ description: 'Profile version' }) version: string;
  @Field(() => Int, { description: 'Weighted share of applicable rules met, 0–100 (docs/guidelines.md)' }) score: number;
  @Field(() => GuidelineCounts) counts: GuidelineCounts;
  @Field(() => [GuidelineFinding], { description: 'Sorted by position; at most 1000 (see truncated)' }) findings: GuidelineFinding[];
  @Field() truncated: boolean;
  @Field(() => GuidelineModeEnum, { description: 'The policy mode at lint time (re-lint jobs: ADVISORY)' }) mode: GuidelineModeEnum;
  @Field(() => DateTimeScalar) lintedAt: Date;
}

@ObjectType({ description: 'A rule of a governance profile (own rules; inherited ones are not listed)' })
export class GuidelineRule {
  @Field() id: string;
  @Field({ description: 'error | warn | info | hint | off' }) severity: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) requirement: string | null;
}

@ObjectType({ description: 'A guideline profile (Spectral ruleset, declarative): built in or uploaded' })
export class GovernanceProfile {
  @Field() name: string;
  @Field() version: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() builtIn: boolean;
  @Field() sha256: string;
  @Field() createdBy: string;
  @Field(() => DateTimeScalar, { nullable: true }) createdAt: Date | null;
  @Field(() => [String], { description: 'Profiles this one extends (name@version, spectral:oas, spectral:asyncapi)' }) extends: string[];
  @Field(() => [GuidelineRule]) rules: GuidelineRule[];
}

@ObjectType({ description: 'The guideline policy in effect for a registry, component or contract' })
export class GuidelinePolicy {
  @Field(() => GuidelineModeEnum) mode: GuidelineModeEnum;
  @Field() profile: string;
  @Field(() => String, { nullable: true, description: 'null: the newest version of the profile' }) profileVersion: string | null;
  @Field({ description: 'CONTRACT, COMPONENT, REGISTRY or DEFAULT (environment)' }) source: string;
}

@ObjectType({ description: 'A background re-lint of every stored version against one profile version' })
export class GuidelineLintJob {
  @Field(() => ID) id: string;
  @Field() profile: string;
  @Field() version: string;
  @Field({ description: 'QUEUED | RUNNING | DONE | FAILED' }) state: string;
  @Field(() => Int) total: number;
  @Field(() => Int) done: number;
  @Field(() => Int) failed: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) finishedAt: Date | null;
}

@InputType()
export class UploadGovernanceProfileInput {
  @Field({ description: 'kebab-case name' }) name: string;
  @Field({ description: 'semantic version; immutable once uploaded' }) version: string;
  @Field({ description: 'The profile as YAML or JSON (a declarative Spectral ruleset)' }) document: string;
}

@InputType()
export class SetGuidelinePolicyInput {
  @Field(() => String, { nullable: true, description: 'Component slug; omitted: the registry default (ADMIN only)' }) component?: string | null;
  @Field(() => String, { nullable: true, description: 'Contract name within the component (it need not exist yet)' }) contract?: string | null;
  @Field(() => GuidelineModeEnum) mode: GuidelineModeEnum;
  @Field(() => String, { nullable: true, description: 'Profile name (default: REGISTRY_GUIDELINE_PROFILE)' }) profile?: string | null;
  @Field(() => String, { nullable: true, description: 'Pin a profile version; omitted: always the newest' }) profileVersion?: string | null;
}
