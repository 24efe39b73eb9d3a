import { ApiToken } from '../auth/api-token.entity.js';
import { RoleGrant } from '../auth/role-grant.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Component } from '../components/component.entity.js';
import { Contract } from '../components/contract.entity.js';
import { ContractVersion } from '../components/contract-version.entity.js';
import { ConformanceEvidenceRow } from '../conformance/conformance-evidence.entity.js';
import { ConformanceRecordRow } from '../conformance/conformance-record.entity.js';
import { RequirementRow, RequirementSetRow } from '../conformance/requirement-set.entity.js';
import { GovernanceProfileRow, GuidelineLintJobRow, GuidelinePolicyRow, GuidelineResultRow } from '../guidelines/guideline-rows.entity.js';

// Every entity of the registry. Adding an entity = one line here (and a migration).
export const REGISTRY_ENTITIES = [
  Component, Contract, ContractVersion, ApiToken, RoleGrant, AuditEvent,
  RequirementSetRow, RequirementRow, ConformanceEvidenceRow, ConformanceRecordRow,
  GovernanceProfileRow, GuidelinePolicyRow, GuidelineLintJobRow, GuidelineResultRow,
];
