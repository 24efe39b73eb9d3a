import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';

@ObjectType()
export class ReleaseContractVersion {
  @Field() contract: string;
  @Field() version: string;
}

@ObjectType({ description: 'One component of an SBOM that misses TR-03183-2 fields' })
export class Tr03183ComponentModel {
  @Field(() => String, { nullable: true }) ref: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field({ description: 'JSON pointer into the SBOM' }) pointer: string;
  @Field(() => [String]) missing: string[];
}

@ObjectType({ description: 'BSI TR-03183-2 check of an SBOM' })
export class Tr03183ReportModel {
  @Field() standard: string;
  @Field() standardVersion: string;
  @Field() compliant: boolean;
  @Field(() => [String], { description: 'Required fields missing in the document or in at least one component (sbom.*, component.*)' }) missing: string[];
  @Field(() => Int) componentsChecked: number;
  @Field(() => Int) componentsCompliant: number;
  @Field(() => [Tr03183ComponentModel], { description: 'Non-compliant components (at most `first`)' }) components: Tr03183ComponentModel[];
}

@ObjectType()
export class LicenceModel {
  @Field({ description: 'As written' }) raw: string;
  @Field(() => String, { nullable: true, description: 'Normalised SPDX expression; null when not understood' }) expression: string | null;
  @Field(() => [String]) ids: string[];
  @Field() osiApproved: boolean;
  @Field() copyleft: boolean;
  @Field() unknown: boolean;
}

@ObjectType()
export class SbomModel {
  @Field({ description: 'CYCLONEDX | SPDX' }) format: string;
  @Field() specVersion: string;
  @Field() sha256: string;
  @Field(() => Int) sizeBytes: number;
  @Field(() => Int) componentCount: number;
  @Field() uploadedBy: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field({ description: 'REST path of the SBOM exactly as uploaded' }) downloadPath: string;
  @Field(() => Tr03183ReportModel) tr03183: Tr03183ReportModel;
  @Field(() => [LicenceModel]) licences: LicenceModel[];
}

@ObjectType()
export class CryptoFindingModel {
  @Field({ description: 'bom-ref of the cryptographic asset' }) bomRef: string;
  @Field() asset: string;
  @Field() rule: string;
  @Field({ description: 'PASS | WARN | FAIL' }) verdict: string;
  @Field() message: string;
  @Field(() => String, { nullable: true, description: 'Acceptable until the end of this day (YYYY-MM-DD)' }) acceptableUntil: string | null;
  @Field() quantumVulnerable: boolean;
}

@ObjectType({ description: 'CBOM judgement of a release against one rule-set version' })
export class CryptoAssessmentModel {
  @Field() ruleSet: string;
  @Field({ description: 'NONE | PASS | WARN | FAIL' }) status: string;
  @Field(() => [CryptoFindingModel]) findings: CryptoFindingModel[];
  @Field(() => DateTimeScalar) judgedAt: Date;
}

@ObjectType()
export class ComponentReleaseModel {
  id: string;
  componentId: string;
  componentSlug: string;
  @Field() version: string;
  @Field(() => [ReleaseContractVersion]) contractVersions: ReleaseContractVersion[];
  @Field() createdBy: string;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType()
export class SbomUploadResultModel {
  @Field() component: string;
  @Field() version: string;
  @Field({ description: 'false when the same bytes were already stored' }) created: boolean;
  @Field(() => SbomModel) sbom: SbomModel;
  @Field(() => CryptoAssessmentModel, { nullable: true }) crypto: CryptoAssessmentModel | null;
}

@ObjectType()
export class LicenceCatalogueEntry {
  @Field({ description: 'SPDX licence id, or the text as written when unknown' }) licence: string;
  @Field() osiApproved: boolean;
  @Field() copyleft: boolean;
  @Field() unknown: boolean;
  @Field(() => [String], { description: 'Slugs of the components containing it' }) components: string[];
}

@ObjectType() export class OperatorModel { @Field() name: string; @Field(() => String, { nullable: true }) email?: string | null; @Field(() => String, { nullable: true }) role?: string | null }
@ObjectType() export class DataLocationModel { @Field() country: string; @Field(() => String, { nullable: true }) region?: string | null }
@ObjectType() export class ExitPlanModel { @Field() documentUrl: string; @Field(() => String, { nullable: true }) lastTested?: string | null }
@ObjectType() export class SlaModel { @Field(() => Float) availabilityPercent: number; @Field() supportHours: string }
@ObjectType() export class SovereigntyModel { @Field({ description: 'SEAL_0 … SEAL_4 (self-declared)' }) sealLevel: string; @Field(() => String, { nullable: true }) evidenceUrl?: string | null; @Field() frameworkVersion: string }

@ObjectType({ description: 'Self-declared operating model; versions are append-only' })
export class OperatingModelModel {
  @Field(() => Int) version: number;
  @Field() recordedBy: string;
  @Field(() => DateTimeScalar) recordedAt: Date;
  @Field(() => [OperatorModel]) operators: OperatorModel[];
  @Field({ description: 'OWN_DATA_CENTRE | PUBLIC_SECTOR_CLOUD | COMMERCIAL_CLOUD | HYPERSCALER' }) hostingModel: string;
  @Field(() => DataLocationModel) dataLocation: DataLocationModel;
  @Field(() => ExitPlanModel, { nullable: true }) exitPlan?: ExitPlanModel | null;
  @Field(() => String, { nullable: true }) auditRights?: string | null;
  @Field(() => SlaModel, { nullable: true }) sla?: SlaModel | null;
  @Field(() => SovereigntyModel, { nullable: true }) sovereignty?: SovereigntyModel | null;
}

@ObjectType() export class GovernanceContactModel { @Field() name: string; @Field() email: string }

@ObjectType({ description: 'AI transparency of a component marked as an AI system; versions are append-only' })
export class AiTransparencyModel {
  @Field(() => Int) version: number;
  @Field() recordedBy: string;
  @Field(() => DateTimeScalar) recordedAt: Date;
  @Field() aiSystem: boolean;
  @Field(() => String, { nullable: true }) modelCardUrl?: string | null;
  @Field(() => String, { nullable: true }) trainingDataProvenance?: string | null;
  @Field(() => GovernanceContactModel, { nullable: true }) governanceContact?: GovernanceContactModel | null;
  @Field(() => String, { nullable: true, description: 'Self-declared EU AI Act risk class: PROHIBITED | HIGH | LIMITED | MINIMAL' }) riskClass?: string | null;
  @Field(() => String, { nullable: true }) humanOversight?: string | null;
}

@ObjectType() export class PubliccodeDependencyModel { @Field() kind: string; @Field() name: string; @Field(() => String, { nullable: true }) versionMin: string | null; @Field(() => String, { nullable: true }) versionMax: string | null; @Field() optional: boolean }
@ObjectType() export class PubliccodeContactModel { @Field() name: string; @Field(() => String, { nullable: true }) email: string | null }

@ObjectType({ description: 'Metadata imported from the newest publiccode.yml' })
export class PubliccodeModel {
  @Field(() => Int) version: number;
  @Field() publiccodeVersion: string;
  @Field(() => DateTimeScalar) importedAt: Date;
  @Field(() => String, { nullable: true }) maintenanceType: string | null;
  @Field(() => [String]) contractors: string[];
  @Field(() => [PubliccodeContactModel]) contacts: PubliccodeContactModel[];
  @Field(() => String, { nullable: true }) mainCopyrightOwner: string | null;
  @Field(() => String, { nullable: true }) repoOwner: string | null;
  @Field(() => [PubliccodeDependencyModel]) dependencies: PubliccodeDependencyModel[];
  @Field(() => [String]) platforms: string[];
  @Field(() => String, { nullable: true }) developmentStatus: string | null;
}

// ---- inputs

@InputType() export class ContractVersionRefInput { @Field() contract: string; @Field() version: string }

@InputType()
export class CreateReleaseInput {
  @Field() component: string;
  @Field({ description: 'Semantic version of the release' }) version: string;
  @Field(() => [ContractVersionRefInput], { defaultValue: [] }) contractVersions: ContractVersionRefInput[];
}

@InputType()
export class UploadSbomInput {
  @Field() component: string;
  @Field() version: string;
  @Field({ description: 'The SBOM document (CycloneDX 1.6/1.7 JSON, SPDX 3.0.1 JSON-LD, SPDX 2.3 JSON), stored byte for byte as UTF-8' }) document: string;
}

@InputType() export class OperatorInput { @Field() name: string; @Field({ nullable: true }) email?: string; @Field({ nullable: true }) role?: string }
@InputType() export class DataLocationInput { @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE' }) country: string; @Field({ nullable: true }) region?: string }
@InputType() export class ExitPlanInput { @Field() documentUrl: string; @Field({ nullable: true, description: 'YYYY-MM-DD' }) lastTested?: string }
@InputType() export class SlaInput { @Field(() => Float) availabilityPercent: number; @Field() supportHours: string }
@InputType() export class SovereigntyInput { @Field({ description: 'SEAL_0 … SEAL_4' }) sealLevel: string; @Field({ nullable: true }) evidenceUrl?: string; @Field({ nullable: true }) frameworkVersion?: string }

@InputType()
export class OperatingModelInput {
  @Field(() => [OperatorInput]) operators: OperatorInput[];
  @Field({ description: 'OWN_DATA_CENTRE | PUBLIC_SECTOR_CLOUD | COMMERCIAL_CLOUD | HYPERSCALER' }) hostingModel: string;
  @Field(() => DataLocationInput) dataLocation: DataLocationInput;
  @Field(() => ExitPlanInput, { nullable: true }) exitPlan?: ExitPlanInput;
  @Field({ nullable: true }) auditRights?: string;
  @Field(() => SlaInput, { nullable: true }) sla?: SlaInput;
  @Field(() => SovereigntyInput, { nullable: true }) sovereignty?: SovereigntyInput;
}

@InputType() export class GovernanceContactInput { @Field() name: string; @Field() email: string }

@InputType()
export class AiTransparencyInput {
  @Field() aiSystem: boolean;
  @Field({ nullable: true }) modelCardUrl?: string;
  @Field({ nullable: true }) trainingDataProvenance?: string;
  @Field(() => GovernanceContactInput, { nullable: true }) governanceContact?: GovernanceContactInput;
  @Field({ nullable: true, description: 'PROHIBITED | HIGH | LIMITED | MINIMAL' }) riskClass?: string;
  @Field({ nullable: true }) humanOversight?: string;
}

@InputType()
export class LicenceCatalogueFilterInput {
  @Field({ nullable: true, description: 'SPDX id (normalised)' }) licence?: string;
  @Field({ nullable: true }) osiApproved?: boolean;
  @Field({ nullable: true }) unknown?: boolean;
  @Field({ nullable: true }) copyleft?: boolean;
}

@ObjectType()
export class RejudgeResultModel {
  @Field() ruleSet: string;
  @Field(() => Int) judged: number;
}
