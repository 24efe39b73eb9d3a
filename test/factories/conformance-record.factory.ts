import type { ConformanceRecordInput } from '../../src/conformance/domain/conformance-record.js';
import type { Requirement } from '../../src/conformance/domain/requirement-set.js';

export function makeRecordInput(overrides: Partial<ConformanceRecordInput> = {}): ConformanceRecordInput {
  return {
    componentSlug: 'buergerkonto',
    coveredContracts: [{ contract: 'login-api', version: '1.2.0' }],
    arfVersion: '3.0.0',
    roles: ['RELYING_PARTY'],
    protocols: [
      {
        name: 'OpenID4VP',
        version: '1.0',
        profile: 'HAIP 1.0',
        transports: ['redirect', 'dc_api'],
        responseModes: ['direct_post.jwt'],
        clientIdPrefixes: ['x509_hash'],
        requestMethods: ['request_uri_signed'],
      },
    ],
    credentialFormats: [{ format: 'dc+sd-jwt', typeId: 'urn:eudi:pid:1' }],
    trust: {
      accessCertificateProfile: 'ETSI TS 119 411-8',
      registrationCertificateProfile: 'ETSI TS 119 475',
      trustAnchorSources: ['https://lote.example/pid-providers'],
      revocationMethod: 'TOKEN_STATUS_LIST',
    },
    verdicts: [],
    evidence: [],
    status: 'SELF_DECLARED',
    assessor: null,
    validFrom: '2026-11-01T00:00:00Z',
    validUntil: '2027-11-01T00:00:00Z',
    ...overrides,
  };
}

export function makeRequirement(overrides: Partial<Requirement> = {}): Requirement {
  return {
    harmonisedId: 'EW-PIO-01-007',
    legacyIndex: 'OIA_03c',
    part: 'Ecosystem-Wide Rules',
    category: 'Protocols & Interoperability',
    topic: 'Accessing Online Services with a Wallet Unit',
    topicNumber: 1,
    subsection: null,
    text: 'Relying Parties SHALL comply.',
    notes: null,
    withdrawn: false,
    appliesTo: ['RELYING_PARTY', 'RP_INTERMEDIARY'],
    ...overrides,
  };
}
