import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../../common/graphql/json.scalar.js';
import {
  ConformanceRoleEnum, ConformanceStatusEnum, EvidenceKindEnum, OverviewStatusEnum, RevocationMethodEnum, SubmittedStatusEnum, VerdictEnum,
} from './conformance.enums.js';

@ObjectType()
export class RequirementModel {
  setName: string;
  setVersion: string;
  @Field({ description: 'The id to cite: the legacy index where the set has one, else the harmonised id' }) id: string;
  @Field() harmonisedId: string;
  @Field(() => String, { nullable: true }) legacyIndex: string | null;
  @Field() part: string;
  @Field() category: string;
  @Field() topic: string;
  @Field(() => Int, { nullable: true }) topicNumber: number | null;
  @Field(() => String, { nullable: true }) subsection: string | null;
  @Field() text: string;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field({ description: 'Placeholder rows ("Empty") of withdrawn requirements; they cannot get a verdict' }) withdrawn: boolean;
  @Field(() => [ConformanceRoleEnum], { description: 'Component roles the requirement addresses' }) appliesTo: ConformanceRoleEnum[];
  @Field(() => String, { nullable: true, description: 'Catalogue entries only' }) title: string | null;
  @Field(() => JsonScalar, { nullable: true, description: 'Catalogue entries only: the ARF requirements it is based on' }) arfRefs: unknown;
}

@ObjectType()
export class RequirementSetModel {
  @Field() name: string;
  @Field() version: string;
  @Field({ description: 'builtin or csv' }) source: string;
  @Field({ description: 'sha256 of the stored requirement list' }) contentSha256: string;
  @Field() importedBy: string;
  @Field(() => DateTimeScalar) importedAt: Date;
  @Field(() => Int) requirementCount: number;
}

@ObjectType()
export class RequirementTextChangeModel {
  @Field(() => RequirementModel) before: RequirementModel;
  @Field(() => RequirementModel) after: RequirementModel;
}

@ObjectType()
export class RenumberingModel {
  @Field() legacyIndex: string;
  @Field() from: string;
  @Field() to: string;
}

@ObjectType()
export class StaleReasonModel {
  @Field({ description: 'CONTRACT_BREAKING_CHANGE | EXPIRED | REQUIREMENT_CHANGED' }) code: string;
  @Field() message: string;
  @Field(() => String, { nullable: true }) contract?: string | null;
  @Field(() => String, { nullable: true }) coveredVersion?: string | null;
  @Field(() => String, { nullable: true }) breakingVersion?: string | null;
  @Field(() => String, { nullable: true }) requirementSet?: string | null;
  @Field(() => String, { nullable: true }) requirementId?: string | null;
  @Field(() => String, { nullable: true }) toVersion?: string | null;
  @Field(() => String, { nullable: true, description: 'TEXT_CHANGED | WITHDRAWN | REMOVED' }) change?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) validUntil?: Date | null;
}

@ObjectType({ description: 'A warning stored with the record when it was submitted' })
export class RecordFindingModel {
  @Field() code: string;
  @Field() message: string;
  @Field({ description: 'JSON pointer into the submitted record' }) pointer: string;
}

@ObjectType({ description: 'Advice from the covered OpenAPI contracts; never blocks a record' })
export class PlausibilityAdviceModel {
  @Field() code: string;
  @Field() message: string;
  @Field({ description: 'Why the registry expects it' }) reason: string;
}

@ObjectType()
export class ProtocolClaimModel {
  @Field() name: string;
  @Field() version: string;
  @Field(() => String, { nullable: true }) profile: string | null;
  @Field(() => [String]) transports: string[];
  @Field(() => [String]) responseModes: string[];
  @Field(() => [String]) clientIdPrefixes: string[];
  @Field(() => [String]) requestMethods: string[];
}

@ObjectType()
export class CredentialFormatClaimModel {
  @Field() format: string;
  @Field() typeId: string;
}

@ObjectType()
export class TrustClaimModel {
  @Field(() => String, { nullable: true }) accessCertificateProfile: string | null;
  @Field(() => String, { nullable: true }) registrationCertificateProfile: string | null;
  @Field(() => [String]) trustAnchorSources: string[];
  @Field(() => RevocationMethodEnum, { nullable: true }) revocationMethod: RevocationMethodEnum | null;
}

@ObjectType()
export class EvidenceModuleModel {
  @Field() module: string;
  @Field() testId: string;
  @Field({ description: 'PASSED | FAILED | WARNING | REVIEW | SKIPPED | INTERRUPTED' }) result: string;
  @Field(() => String, { nullable: true }) planName: string | null;
}

@ObjectType({ description: 'Immutable evidence of a component: a conformance-suite export or a report link' })
export class EvidenceModel {
  @Field(() => ID) id: string;
  componentId: string;
  @Field(() => EvidenceKindEnum) kind: EvidenceKindEnum;
  @Field(() => String, { nullable: true, description: 'sha256 of the ZIP, or of the report document when known' }) sha256: string | null;
  @Field(() => Int, { nullable: true }) sizeBytes: number | null;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String]) plans: string[];
  @Field(() => [EvidenceModuleModel]) modules: EvidenceModuleModel[];
  @Field(() => JsonScalar, { nullable: true, description: 'Modules per result' }) counts: unknown;
  @Field() createdBy: string;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType()
export class VerdictModel {
  @Field() requirementSet: string;
  @Field() requirementSetVersion: string;
  @Field({ description: 'As cited in the record' }) requirementId: string;
  requirementKey: string;
  evidenceIds: string[];
  @Field(() => VerdictEnum) verdict: VerdictEnum;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType()
export class EvidencePinModel {
  @Field() id: string;
  @Field() sha256: string;
}

@ObjectType()
export class CoveredContractModel {
  @Field() contract: string;
  @Field() version: string;
}

@ObjectType({ description: 'An EUDI conformance assessment of a component (append-only)' })
export class ConformanceRecordModel {
  @Field(() => ID) id: string;
  componentId: string;
  @Field(() => ConformanceStatusEnum, { description: 'Effective status: STALE when the record no longer holds (computed now)' }) status: ConformanceStatusEnum;
  @Field(() => SubmittedStatusEnum, { description: 'Status as submitted' }) submittedStatus: SubmittedStatusEnum;
  @Field() stale: boolean;
  @Field(() => [StaleReasonModel]) staleReasons: StaleReasonModel[];
  @Field() arfVersion: string;
  @Field(() => [ConformanceRoleEnum]) roles: ConformanceRoleEnum[];
  @Field(() => [ProtocolClaimModel]) protocols: ProtocolClaimModel[];
  @Field(() => [CredentialFormatClaimModel]) credentialFormats: CredentialFormatClaimModel[];
  @Field(() => TrustClaimModel) trust: TrustClaimModel;
  @Field(() => [VerdictModel]) verdicts: VerdictModel[];
  @Field(() => [EvidencePinModel], { description: 'Evidence pinned by sha256' }) evidence: EvidencePinModel[];
  @Field(() => [CoveredContractModel]) coveredContracts: CoveredContractModel[];
  @Field(() => String, { nullable: true }) assessor: string | null;
  @Field(() => DateTimeScalar) validFrom: Date;
  @Field(() => DateTimeScalar, { nullable: true }) validUntil: Date | null;
  @Field(() => [RecordFindingModel]) warnings: RecordFindingModel[];
  @Field() recordedBy: string;
  @Field(() => DateTimeScalar) recordedAt: Date;
}

@ObjectType()
export class EudiConformanceModel {
  @Field(() => ConformanceRecordModel, { nullable: true, description: 'The latest record' }) current: ConformanceRecordModel | null;
  @Field(() => [ConformanceRecordModel], { description: 'All records, newest first (current included)' }) history: ConformanceRecordModel[];
}

@ObjectType()
export class RequirementSetChangesModel {
  @Field() name: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => [RequirementModel]) added: RequirementModel[];
  @Field(() => [RequirementModel]) removed: RequirementModel[];
  @Field(() => [RequirementTextChangeModel]) textChanged: RequirementTextChangeModel[];
  @Field(() => [RequirementModel], { description: 'The older rows, withdrawn ("Empty") in the newer release' }) withdrawn: RequirementModel[];
  @Field(() => [RenumberingModel]) renumbered: RenumberingModel[];
  @Field(() => [ConformanceRecordModel], { description: 'Current records with a verdict on a changed, withdrawn or removed requirement' })
  affectedRecords: ConformanceRecordModel[];
}

@ObjectType()
export class RequirementSetImportModel {
  @Field({ description: 'false when the identical release was already stored (no-op)' }) created: boolean;
  @Field(() => RequirementSetModel) set: RequirementSetModel;
  @Field(() => String, { nullable: true, description: 'Newest older release; query requirementSetChanges(from: previousVersion)' }) previousVersion: string | null;
}

@ObjectType()
export class ConformanceOverviewRowModel {
  @Field() component: string;
  @Field(() => ConformanceRoleEnum, { nullable: true }) role: ConformanceRoleEnum | null;
  @Field(() => OverviewStatusEnum) status: OverviewStatusEnum;
  @Field(() => String, { nullable: true }) recordId: string | null;
  @Field(() => String, { nullable: true }) arfVersion: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) validUntil: Date | null;
  @Field(() => Int) satisfied: number;
  @Field(() => Int) assessed: number;
  @Field(() => [String]) staleReasons: string[];
}
