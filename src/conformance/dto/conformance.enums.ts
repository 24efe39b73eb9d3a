import { registerEnumType } from '@nestjs/graphql';

// GraphQL enums mirror the domain's string unions (src/conformance/domain). Protocol names,
// transports and credential formats stay strings: their values ("ISO18013-5", "dc+sd-jwt") are
// not GraphQL names, and the domain validates them with all other fields at once.

export enum ConformanceRoleEnum {
  RELYING_PARTY = 'RELYING_PARTY',
  RP_INTERMEDIARY = 'RP_INTERMEDIARY',
  PID_PROVIDER = 'PID_PROVIDER',
  QEAA_PROVIDER = 'QEAA_PROVIDER',
  PUB_EAA_PROVIDER = 'PUB_EAA_PROVIDER',
  EAA_PROVIDER = 'EAA_PROVIDER',
}
registerEnumType(ConformanceRoleEnum, { name: 'ConformanceRole', description: 'What a component does towards EUDI Wallets' });

export enum SubmittedStatusEnum {
  DRAFT = 'DRAFT',
  SELF_DECLARED = 'SELF_DECLARED',
  TESTED = 'TESTED',
  THIRD_PARTY_ASSESSED = 'THIRD_PARTY_ASSESSED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(SubmittedStatusEnum, { name: 'ConformanceSubmittedStatus', description: 'Statuses a submitter may set' });

export enum ConformanceStatusEnum {
  DRAFT = 'DRAFT',
  SELF_DECLARED = 'SELF_DECLARED',
  TESTED = 'TESTED',
  THIRD_PARTY_ASSESSED = 'THIRD_PARTY_ASSESSED',
  WITHDRAWN = 'WITHDRAWN',
  STALE = 'STALE',
}
registerEnumType(ConformanceStatusEnum, { name: 'ConformanceStatus', description: 'Effective status: STALE is computed at read time, never submitted' });

export enum OverviewStatusEnum {
  DRAFT = 'DRAFT',
  SELF_DECLARED = 'SELF_DECLARED',
  TESTED = 'TESTED',
  THIRD_PARTY_ASSESSED = 'THIRD_PARTY_ASSESSED',
  WITHDRAWN = 'WITHDRAWN',
  STALE = 'STALE',
  NO_RECORD = 'NO_RECORD',
}
registerEnumType(OverviewStatusEnum, { name: 'ConformanceOverviewStatus' });

export enum VerdictEnum {
  SATISFIED = 'SATISFIED',
  PARTIALLY = 'PARTIALLY',
  NOT_SATISFIED = 'NOT_SATISFIED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  NOT_ASSESSED = 'NOT_ASSESSED',
}
registerEnumType(VerdictEnum, { name: 'ConformanceVerdict' });

export enum RevocationMethodEnum {
  TOKEN_STATUS_LIST = 'TOKEN_STATUS_LIST',
  ATTESTATION_REVOCATION_LIST = 'ATTESTATION_REVOCATION_LIST',
  SHORT_LIVED = 'SHORT_LIVED',
  NONE = 'NONE',
}
registerEnumType(RevocationMethodEnum, { name: 'RevocationMethod' });

export enum EvidenceKindEnum {
  OIDF_CONFORMANCE_EXPORT = 'OIDF_CONFORMANCE_EXPORT',
  REPORT = 'REPORT',
}
registerEnumType(EvidenceKindEnum, { name: 'EvidenceKind' });
