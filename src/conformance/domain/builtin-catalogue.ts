// The registry's own requirement set: the few things that matter for a Deutschland-Stack component
// that talks to EUDI Wallets. Wording is ours; each entry points to the related ARF High-Level
// Requirement(s) of ARF 3.0.0 by legacy index and harmonised id (checked against the CSV in a test).

import type { Requirement, RequirementSet } from './requirement-set.js';
import { ISSUER_ROLES, RELYING_PARTY_ROLES, type ConformanceRole } from './roles.js';

export const BUILTIN_SET_NAME = 'DSTACK-EUDI-COMPONENT';
export const BUILTIN_SET_VERSION = '1.0.0';
export const BUILTIN_ARF_VERSION = '3.0.0';

export interface ArfReference {
  arfVersion: string;
  legacyIndex: string;
  harmonisedId: string;
}

export interface CatalogueRequirement extends Requirement {
  title: string;
  arfRefs: readonly ArfReference[];
}

type Category = 'Presentation' | 'RP authentication' | 'Issuance' | 'PID format' | 'Revocation';

// [legacy index, harmonised id] in ARF 3.0.0
type Ref = readonly [string, string];

function entry(
  id: string,
  category: Category,
  title: string,
  text: string,
  roles: readonly ConformanceRole[],
  refs: readonly Ref[],
): CatalogueRequirement {
  return {
    harmonisedId: id,
    legacyIndex: null,
    part: BUILTIN_SET_NAME,
    category,
    topic: category,
    topicNumber: null,
    subsection: null,
    text,
    notes: null,
    withdrawn: false,
    appliesTo: roles,
    title,
    arfRefs: refs.map(([legacyIndex, harmonisedId]) => ({ arfVersion: BUILTIN_ARF_VERSION, legacyIndex, harmonisedId })),
  };
}

const RP = RELYING_PARTY_ROLES;
const PID: readonly ConformanceRole[] = ['PID_PROVIDER'];

const PRESENTATION: CatalogueRequirement[] = [
  entry('RP-PRES-01', 'Presentation', 'OpenID4VP with HAIP for SD-JWT VC via redirects',
    'The service requests SD-JWT VC credentials with OpenID4VP 1.0 as profiled by HAIP 1.0, using the redirect-based flow.',
    RP, [['OIA_03c', 'EW-PIO-01-007']]),
  entry('RP-PRES-02', 'Presentation', 'OpenID4VP with HAIP for mdoc via redirects',
    'The service requests mdoc credentials with OpenID4VP 1.0 as profiled by HAIP 1.0, using the redirect-based flow.',
    RP, [['OIA_03b', 'EW-PIO-01-006']]),
  entry('RP-PRES-03', 'Presentation', 'Digital Credentials API with OpenID4VP for SD-JWT VC',
    'In the browser, the service can request SD-JWT VC credentials through the W3C Digital Credentials API carrying an OpenID4VP request.',
    RP, [['OIA_08a', 'EW-PIO-01-014']]),
  entry('RP-PRES-04', 'Presentation', 'Digital Credentials API with OpenID4VP for mdoc',
    'In the browser, the service can request mdoc credentials through the W3C Digital Credentials API carrying an OpenID4VP request.',
    RP, [['OIA_08', 'EW-PIO-01-013']]),
  entry('RP-PRES-05', 'Presentation', 'ISO/IEC 18013-7 Annex C over the Digital Credentials API',
    'Where the service uses ISO/IEC 18013-7 for remote mdoc requests, it follows Annex C over the Digital Credentials API.',
    RP, [['OIA_08b', 'EW-PIO-01-015'], ['OIA_03d', 'EW-PIO-01-008']]),
  entry('RP-PRES-06', 'Presentation', 'ISO/IEC 18013-5 for in-person checks',
    'Where credentials are checked in person (e.g. at a counter), the reader side follows ISO/IEC 18013-5.',
    RP, [['OIA_01', 'EW-PIO-01-001']]),
  entry('RP-PRES-07', 'Presentation', 'Encrypted responses only the service can read',
    'The service accepts wallet responses encrypted to its own key (e.g. response mode direct_post.jwt) and decrypts them only in its own instance.',
    RP, [['OIA_09', 'EW-PIO-01-021']]),
  entry('RP-PRES-08', 'Presentation', 'Cross-device redirect risks mitigated',
    'If the service offers redirect flows across devices (QR code), it documents and applies mitigations against session hijacking and phishing.',
    RP, [['OIA_08d', 'EW-PIO-01-017']]),
];

const RP_AUTHENTICATION: CatalogueRequirement[] = [
  entry('RP-AUTH-01', 'RP authentication', 'Access certificate for relying-party authentication',
    'The service authenticates itself to wallets with an access certificate following ETSI TS 119 475 and ETSI TS 119 411-8.',
    RP, [['RPA_02', 'AS-WP-06-003']]),
  entry('RP-AUTH-02', 'RP authentication', 'Every request is authenticated',
    'Every presentation request, remote or in person, is signed so that the wallet can authenticate the relying party.',
    RP, [['RPA_03', 'AS-WP-06-004']]),
  entry('RP-REG-01', 'RP authentication', 'Registration certificate in each request',
    'Each presentation request carries exactly one registration certificate matching the service and its registered intended use.',
    RP, [['RPRC_19', 'EW-DM-44-023']]),
  entry('RP-TRUST-01', 'RP authentication', 'PID signatures checked against the PID Provider list',
    'The service validates PID signatures with trust anchors from the published list of PID Providers.',
    RP, [['OIA_12', 'EW-PIO-01-024']]),
  entry('RP-TRUST-02', 'RP authentication', 'Trusted Lists and LoTEs are both read',
    'The service retrieves trust anchors both from ETSI TS 119 612 Trusted Lists and from ETSI TS 119 602 lists of trusted entities, and refreshes them regularly.',
    RP, [['OIA_15b', 'EW-PIO-01-029']]),
  entry('RP-REV-01', 'Revocation', 'Revocation status checked when the service relies on it',
    'If the service checks revocation, it understands both attestation status lists and attestation revocation lists.',
    RP, [['VCR_12', 'AS-AP-07-021']]),
];

const ISSUANCE: CatalogueRequirement[] = [
  entry('ISS-VCI-01', 'Issuance', 'OpenID4VCI with HAIP',
    'The service issues credentials with OpenID4VCI 1.0 as profiled by HAIP 1.0.',
    ISSUER_ROLES, [['ISSU_01a', 'AS-AP-10-001'], ['ISSU_15', 'AS-AP-10-023'], ['ISSU_26', 'AS-AP-10-044']]),
  entry('ISS-VCI-02', 'Issuance', 'Signed credential issuer metadata',
    'The credential issuer metadata is signed with the key belonging to the access certificate of the provider.',
    ISSUER_ROLES, [['ISSU_22', 'AS-AP-10-033'], ['ISSU_32', 'AS-AP-10-056']]),
  entry('ISS-VCI-03', 'Issuance', 'Batch issuance and re-issuance',
    'The service supports the OpenID4VCI features for issuing credentials in batches and for re-issuing them.',
    ISSUER_ROLES, [['ISSU_63', 'AS-AP-10-099'], ['ISSU_64', 'AS-AP-10-100']]),
  entry('ISS-REG-01', 'Issuance', 'Registration certificates available to the issuing service',
    'The provider hands its registration certificates to every service that issues on its behalf.',
    ISSUER_ROLES, [['RPRC_14', 'AS-AP-44-002']]),
];

const PID_FORMATS: CatalogueRequirement[] = [
  entry('PID-FMT-01', 'PID format', 'PID as SD-JWT VC of type urn:eudi:pid:1',
    'PIDs in SD-JWT VC format (dc+sd-jwt) carry the vct urn:eudi:pid:1 or a type within the urn:eudi:pid: namespace.',
    PID, [['PID_14', 'EW-DM-03-14']]),
  entry('PID-FMT-02', 'PID format', 'PID as mdoc of doctype eu.europa.ec.eudi.pid.1',
    'PIDs in mdoc format (mso_mdoc) use eu.europa.ec.eudi.pid.1 as document type and as namespace of the PID attributes.',
    PID, [['PID_04', 'EW-DM-03-04'], ['PID_05', 'EW-DM-03-05']]),
  entry('PID-FMT-03', 'PID format', 'PID in both formats',
    'Every PID is offered both as SD-JWT VC and as mdoc.',
    PID, [['PID_02', 'EW-DM-03-02']]),
];

const REVOCATION: CatalogueRequirement[] = [
  entry('ISS-REV-01', 'Revocation', 'Token Status List for SD-JWT VC',
    'Revocable SD-JWT VC credentials reference an attestation status list in the IETF Token Status List format.',
    ISSUER_ROLES, [['VCR_11a', 'AS-AP-07-020'], ['VCR_01b', 'AS-AP-07-003']]),
  entry('ISS-REV-02', 'Revocation', 'Status or revocation list for mdoc',
    'Revocable mdoc credentials use an attestation status list or an attestation revocation list.',
    ISSUER_ROLES, [['VCR_11', 'AS-AP-07-019'], ['VCR_01', 'AS-AP-07-001']]),
  entry('ISS-REV-03', 'Revocation', 'Status lists downloadable without authentication',
    'Anyone can download the status and revocation lists without authenticating.',
    ISSUER_ROLES, [['VCR_16', 'AS-AP-07-026']]),
];

export interface CatalogueSet extends RequirementSet {
  requirements: readonly CatalogueRequirement[];
}

export const BUILTIN_CATALOGUE: CatalogueSet = {
  name: BUILTIN_SET_NAME,
  version: BUILTIN_SET_VERSION,
  requirements: [...PRESENTATION, ...RP_AUTHENTICATION, ...ISSUANCE, ...PID_FORMATS, ...REVOCATION],
};
