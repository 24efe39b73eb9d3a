import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompatibilityModeEnum } from '../../components/dto/component.model.js';

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
