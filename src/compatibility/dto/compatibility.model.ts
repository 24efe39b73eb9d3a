import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompatibilityModeEnum, CompatibilityScopeEnum, SemverPolicyEnum } from '../../components/dto/component.model.js';

export enum ChangeLevelEnum {
  breaking = 'breaking',
  warning = 'warning',
  info = 'info',
}
registerEnumType(ChangeLevelEnum, { name: 'ChangeLevel' });

export enum CompatibilityOutcomeEnum {
  OK = 'OK',
  INCOMPATIBLE = 'INCOMPATIBLE',
  SEMVER_VIOLATION = 'SEMVER_VIOLATION',
}
registerEnumType(CompatibilityOutcomeEnum, { name: 'CompatibilityOutcome' });

@ObjectType({ description: 'One detected difference between two contract documents' })
export class ChangeModel {
  @Field({ description: 'Stable rule id, e.g. response-property-removed' }) id: string;
  @Field(() => ChangeLevelEnum) level: ChangeLevelEnum;
  @Field({ description: 'JSON pointer into the revision (into the base for removals)' }) pointer: string;
  @Field(() => String, { nullable: true, description: 'e.g. POST /antraege' }) operation?: string;
  @Field(() => [String], { nullable: true, description: 'Further operations affected by a change in a shared schema' }) affectedOperations?: string[];
  @Field() message: string;
  @Field(() => String, { nullable: true, description: 'The earlier version this change was found against (transitive modes compare with several)' }) against?: string;
  @Field(() => String, { nullable: true, description: 'backward (earlier → candidate) or forward (candidate → earlier, FORWARD/FULL modes)' }) direction?: string;
}

@ObjectType()
export class ChangeSummaryModel {
  @Field(() => Int) breaking: number;
  @Field(() => Int) warning: number;
  @Field(() => Int) info: number;
}

@ObjectType({ description: 'Differences between two versions, with the publish policy verdict where one applies' })
export class CompatibilityReportModel {
  @Field() kind: string;
  @Field() breaking: boolean;
  @Field(() => [ChangeModel]) changes: ChangeModel[];
  @Field(() => ChangeSummaryModel) summary: ChangeSummaryModel;
  @Field(() => CompatibilityModeEnum, { nullable: true }) mode?: CompatibilityModeEnum;
  @Field(() => CompatibilityOutcomeEnum, { nullable: true }) outcome?: CompatibilityOutcomeEnum;
  @Field(() => String, { nullable: true }) predecessor?: string | null;
  @Field(() => String, { nullable: true, description: 'major, minor, patch or none' }) requiredBump?: string;
  @Field(() => [ChangeModel], { nullable: true, description: 'The changes that made the verdict negative' }) violations?: ChangeModel[];
  @Field(() => SemverPolicyEnum, { nullable: true }) semverPolicy?: SemverPolicyEnum;
  @Field(() => CompatibilityScopeEnum, { nullable: true }) compatibilityScope?: CompatibilityScopeEnum;
  @Field(() => [String], { nullable: true, description: 'Every version the compatibility mode compared the candidate with' }) comparedWith?: string[];
  @Field(() => [ChangeModel], { nullable: true, description: 'ADVISORY semver policy: changes that demand a bigger bump than the one made (accepted)' }) semverWarnings?: ChangeModel[];
  @Field(() => String, { nullable: true, description: 'compareVersions: the lower-precedence side of the pair as asked (from)' }) from?: string;
  @Field(() => String, { nullable: true, description: 'compareVersions: the other side (to)' }) to?: string;
  @Field(() => String, { nullable: true, description: 'compareVersions: Markdown changelog (cumulative: one section per step)' }) changelog?: string;
  @Field(() => [CompatibilityReportModel], { nullable: true, description: 'compareVersions with cumulative: each step from `from` to `to`' }) steps?: CompatibilityReportModel[];
}

@ObjectType()
export class CompatibilityCheckModel {
  @Field(() => CompatibilityOutcomeEnum) outcome: CompatibilityOutcomeEnum;
  @Field(() => String, { nullable: true, description: 'The version the candidate was compared with' }) predecessor: string | null;
  @Field(() => CompatibilityReportModel, { nullable: true, description: 'null for the first version of a contract' }) report: CompatibilityReportModel | null;
  @Field(() => String, { nullable: true }) changelog: string | null;
  @Field({ description: 'true when this version is already published with identical bytes (the publish would be a no-op); different bytes answer VERSION_EXISTS' })
  alreadyPublished: boolean;
}
