// A conformance record: what a component claims towards the EUDI Wallet ecosystem (roles, protocols,
// formats, trust set-up), the verdict per requirement, and who stands behind it. Records are
// append-only; STALE is never stored but computed (evaluate-staleness.ts).

import { valid as validSemver } from 'semver';
import { z } from 'zod';

import { isKebabCase } from '../../components/domain/component-facts.js';
import { CONFORMANCE_ROLES } from './roles.js';

export const VERDICTS = ['SATISFIED', 'PARTIALLY', 'NOT_SATISFIED', 'NOT_APPLICABLE', 'NOT_ASSESSED'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Statuses a submitter may set. */
export const SUBMITTED_STATUSES = ['DRAFT', 'SELF_DECLARED', 'TESTED', 'THIRD_PARTY_ASSESSED', 'WITHDRAWN'] as const;
export type SubmittedStatus = (typeof SUBMITTED_STATUSES)[number];
/** Status as shown: STALE replaces the submitted one when the record no longer holds. */
export type EffectiveStatus = SubmittedStatus | 'STALE';

export const PROTOCOL_NAMES = ['OpenID4VP', 'OpenID4VCI', 'ISO18013-5', 'ISO18013-7'] as const;
export type ProtocolName = (typeof PROTOCOL_NAMES)[number];

// redirect: same- or cross-device via URL/QR; dc_api: W3C Digital Credentials API in the browser;
// ble/nfc: ISO/IEC 18013-5 proximity.
export const TRANSPORTS = ['redirect', 'dc_api', 'ble', 'nfc'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const CREDENTIAL_FORMATS = ['dc+sd-jwt', 'mso_mdoc'] as const;
export type CredentialFormat = (typeof CREDENTIAL_FORMATS)[number];

export const REVOCATION_METHODS = ['TOKEN_STATUS_LIST', 'ATTESTATION_REVOCATION_LIST', 'SHORT_LIVED', 'NONE'] as const;
export type RevocationMethod = (typeof REVOCATION_METHODS)[number];

const text = z.string().trim().min(1);
// Same slug rule as the component registry, so a record can only name a slug the registry accepts.
const slug = z.string().refine(isKebabCase, 'expected kebab-case (a-z, 0-9, single dashes)');
const semver = z.string().refine((v) => validSemver(v) === v, 'expected a semantic version like 1.2.0');
const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'expected 64 hexadecimal characters').transform((s) => s.toLowerCase());
const instant = z.union([z.date(), z.iso.datetime({ offset: true }).transform((s) => new Date(s))]);

const protocolSchema = z.object({
  name: z.enum(PROTOCOL_NAMES),
  version: text,
  profile: text.nullish().transform((v) => v ?? null),
  transports: z.array(z.enum(TRANSPORTS)).default([]),
  responseModes: z.array(text).default([]),
  clientIdPrefixes: z.array(text).default([]),
  requestMethods: z.array(text).default([]),
});

const verdictSchema = z.object({
  requirementSet: text,
  requirementSetVersion: text,
  requirementId: text,
  verdict: z.enum(VERDICTS),
  evidenceIds: z.array(text).default([]),
  note: z.string().nullish().transform((v) => v ?? null),
});

export const conformanceRecordSchema = z.object({
  componentSlug: slug,
  coveredContracts: z.array(z.object({ contract: slug, version: semver })).min(1),
  arfVersion: semver,
  roles: z.array(z.enum(CONFORMANCE_ROLES)).min(1),
  protocols: z.array(protocolSchema).default([]),
  credentialFormats: z.array(z.object({ format: z.enum(CREDENTIAL_FORMATS), typeId: text })).default([]),
  trust: z.object({
    accessCertificateProfile: text.nullish().transform((v) => v ?? null),
    registrationCertificateProfile: text.nullish().transform((v) => v ?? null),
    trustAnchorSources: z.array(text).default([]),
    revocationMethod: z.enum(REVOCATION_METHODS).nullish().transform((v) => v ?? null),
  }),
  verdicts: z.array(verdictSchema).default([]),
  /** Evidence the record pins by hash: the sha256 the submitter saw when citing it. */
  evidence: z.array(z.object({ id: text, sha256 })).default([]),
  status: z.enum(SUBMITTED_STATUSES),
  assessor: text.nullish().transform((v) => v ?? null),
  validFrom: instant,
  validUntil: instant.nullish().transform((v) => v ?? null),
});

export type ConformanceRecord = z.output<typeof conformanceRecordSchema>;
export type ConformanceRecordInput = z.input<typeof conformanceRecordSchema>;
export type ProtocolClaim = ConformanceRecord['protocols'][number];
export type VerdictEntry = ConformanceRecord['verdicts'][number];
export type CoveredContract = ConformanceRecord['coveredContracts'][number];
