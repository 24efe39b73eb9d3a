import type { AiTransparency, OperatingModel } from '../domain/declared-facts.js';
import type { PubliccodeFacts } from '../domain/publiccode.js';
import type { CryptoFinding } from '../domain/sbom-types.js';
import type { AssessmentRow, FactVersionRow, ReleaseRow, SbomRow } from '../trust.repository.js';
import type { AiTransparencyModel, ComponentReleaseModel, CryptoAssessmentModel, OperatingModelModel, PubliccodeModel, SbomModel } from './trust.model.js';

export function releaseModel(r: ReleaseRow, componentSlug: string): ComponentReleaseModel {
  return { id: r.id, componentId: r.componentId, componentSlug, version: r.version, contractVersions: r.contractVersions, createdBy: r.createdBy, createdAt: r.createdAt };
}

export function sbomModel(s: SbomRow, componentSlug: string, version: string, maxComponents = 100): SbomModel {
  return {
    format: s.format, specVersion: s.specVersion, sha256: s.sha256, sizeBytes: s.sizeBytes, componentCount: s.componentCount, uploadedBy: s.uploadedBy, createdAt: s.createdAt,
    downloadPath: `/api/v1/components/${componentSlug}/releases/${version}/sbom`,
    tr03183: { ...s.tr03183, components: s.tr03183.components.slice(0, maxComponents) },
    licences: s.licences,
  };
}

export function cryptoModel(a: { ruleSet: string; status: string; findings: CryptoFinding[]; createdAt?: Date }): CryptoAssessmentModel {
  return { ruleSet: a.ruleSet, status: a.status, findings: a.findings, judgedAt: a.createdAt ?? new Date() };
}

export function assessmentModel(a: AssessmentRow): CryptoAssessmentModel {
  return cryptoModel(a);
}

export function operatingModelModel(r: FactVersionRow<OperatingModel>): OperatingModelModel {
  return { version: r.version, recordedBy: r.recordedBy, recordedAt: r.recordedAt, ...r.facts, sovereignty: r.facts.sovereignty ? { ...r.facts.sovereignty } : null };
}

export function aiTransparencyModel(r: FactVersionRow<AiTransparency>): AiTransparencyModel {
  return { version: r.version, recordedBy: r.recordedBy, recordedAt: r.recordedAt, ...r.facts };
}

export function publiccodeModel(r: FactVersionRow<PubliccodeFacts>): PubliccodeModel {
  const f = r.facts;
  return {
    version: r.version, publiccodeVersion: f.publiccodeVersion, importedAt: r.recordedAt, maintenanceType: f.maintenance.type, contractors: f.maintenance.contractors,
    contacts: f.maintenance.contacts, mainCopyrightOwner: f.legal.mainCopyrightOwner, repoOwner: f.legal.repoOwner, dependencies: f.dependencies, platforms: f.platforms,
    developmentStatus: f.developmentStatus,
  };
}
