import { DateTimeScalar } from '../../common/graphql/date-time.scalar.js';
import { Field, InputType } from '@nestjs/graphql';
import { ConformanceRoleEnum, RevocationMethodEnum, SubmittedStatusEnum, VerdictEnum } from './conformance.enums.js';

@InputType()
export class CoveredContractInput {
  @Field({ description: 'Contract name of the component, e.g. login-api' }) contract: string;
  @Field({ description: 'Published version the assessment was made against' }) version: string;
}

@InputType()
export class ProtocolClaimInput {
  @Field({ description: 'OpenID4VP | OpenID4VCI | ISO18013-5 | ISO18013-7' }) name: string;
  @Field({ description: 'e.g. 1.0' }) version: string;
  @Field(() => String, { nullable: true, description: 'e.g. HAIP 1.0' }) profile?: string | null;
  @Field(() => [String], { nullable: true, description: 'redirect | dc_api | ble | nfc' }) transports?: string[];
  @Field(() => [String], { nullable: true, description: 'e.g. direct_post.jwt, dc_api.jwt' }) responseModes?: string[];
  @Field(() => [String], { nullable: true, description: 'e.g. x509_hash' }) clientIdPrefixes?: string[];
  @Field(() => [String], { nullable: true, description: 'e.g. request_uri_signed' }) requestMethods?: string[];
}

@InputType()
export class CredentialFormatClaimInput {
  @Field({ description: 'dc+sd-jwt | mso_mdoc' }) format: string;
  @Field({ description: 'vct or doctype, e.g. urn:eudi:pid:1 or eu.europa.ec.eudi.pid.1' }) typeId: string;
}

@InputType()
export class TrustClaimInput {
  @Field(() => String, { nullable: true }) accessCertificateProfile?: string | null;
  @Field(() => String, { nullable: true }) registrationCertificateProfile?: string | null;
  @Field(() => [String], { nullable: true }) trustAnchorSources?: string[];
  @Field(() => RevocationMethodEnum, { nullable: true }) revocationMethod?: RevocationMethodEnum | null;
}

@InputType()
export class VerdictInput {
  @Field({ description: 'e.g. EUDI-ARF-HLR or DSTACK-EUDI-COMPONENT' }) requirementSet: string;
  @Field() requirementSetVersion: string;
  @Field({ description: 'Legacy index (OIA_03c) or harmonised id; catalogue ids like RP-PRES-01' }) requirementId: string;
  @Field(() => VerdictEnum) verdict: VerdictEnum;
  @Field(() => [String], { nullable: true, description: 'Ids of evidence of this component' }) evidenceIds?: string[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class EvidencePinInput {
  @Field() id: string;
  @Field({ description: 'The sha256 the submitter saw; the record is refused if it differs' }) sha256: string;
}

@InputType({ description: 'A new assessment; it supersedes the component\'s previous record, which stays in the history' })
export class RecordConformanceInput {
  @Field({ description: 'Component slug' }) component: string;
  @Field(() => [CoveredContractInput]) coveredContracts: CoveredContractInput[];
  @Field({ description: 'ARF release the record is stated against, e.g. 3.0.0' }) arfVersion: string;
  @Field(() => [ConformanceRoleEnum]) roles: ConformanceRoleEnum[];
  @Field(() => [ProtocolClaimInput], { nullable: true }) protocols?: ProtocolClaimInput[];
  @Field(() => [CredentialFormatClaimInput], { nullable: true }) credentialFormats?: CredentialFormatClaimInput[];
  @Field(() => TrustClaimInput, { nullable: true }) trust?: TrustClaimInput;
  @Field(() => [VerdictInput], { nullable: true }) verdicts?: VerdictInput[];
  @Field(() => [EvidencePinInput], { nullable: true }) evidence?: EvidencePinInput[];
  @Field(() => SubmittedStatusEnum) status: SubmittedStatusEnum;
  @Field(() => String, { nullable: true }) assessor?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Defaults to now' }) validFrom?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) validUntil?: Date | null;
}

@InputType()
export class RegisterReportEvidenceInput {
  @Field({ description: 'Component slug' }) component: string;
  @Field({ description: 'https link to the report or assessment' }) url: string;
  @Field() description: string;
  @Field(() => String, { nullable: true, description: 'sha256 of the report document (hex)' }) sha256?: string | null;
}

@InputType()
export class ImportRequirementSetInput {
  @Field({ description: 'e.g. EUDI-ARF-HLR' }) name: string;
  @Field({ description: 'Release, e.g. 3.0.0' }) version: string;
  @Field({ description: 'The ARF High-Level Requirements CSV (semicolon-separated, as published)' }) csv: string;
}
