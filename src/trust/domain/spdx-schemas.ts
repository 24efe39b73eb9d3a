// JSON Schemas the registry validates SPDX documents against. Written here, not copied: no npm package
// ships the official SPDX 3.0.1 JSON schema (checked December 2026), and the registry fetches nothing.
// They are a SUBSET of the official schemas: they check the structure and the properties the registry
// reads (creation info, elements, packages, hashes, licence expressions, relationships), not the whole
// SPDX 3.0.1 model and none of the SHACL shapes. docs/trust.md says so too.

const IRI = { type: 'string', minLength: 1, maxLength: 2048 };
const TEXT = { type: 'string', maxLength: 65536 };
const DATE_TIME = { type: 'string', format: 'date-time' };

const SPDX3_HASH = {
  type: 'object',
  required: ['type', 'algorithm', 'hashValue'],
  properties: {
    type: { const: 'Hash' },
    algorithm: { enum: ['adler32', 'blake2b256', 'blake2b384', 'blake2b512', 'blake3', 'crystalsDilithium', 'crystalsKyber', 'falcon', 'md2', 'md4', 'md5', 'md6', 'other', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512'] },
    hashValue: { type: 'string', pattern: '^[0-9A-Fa-f]+$', maxLength: 1024 },
  },
};

const SPDX3_ELEMENT_BASE = {
  spdxId: IRI,
  creationInfo: IRI,
  name: TEXT,
  verifiedUsing: { type: 'array', items: { oneOf: [SPDX3_HASH, { type: 'object', required: ['type'], properties: { type: { not: { const: 'Hash' } } } }] } },
  externalRef: { type: 'array', items: { type: 'object', required: ['type'] } },
  externalIdentifier: { type: 'array', items: { type: 'object', required: ['type', 'externalIdentifierType', 'identifier'] } },
};

export const SPDX_301_SUBSET_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:dstack-registry:spdx-3.0.1-subset',
  type: 'object',
  required: ['@context', '@graph'],
  properties: {
    '@context': { const: 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld' },
    '@graph': { type: 'array', minItems: 1, items: { $ref: '#/definitions/node' } },
  },
  definitions: {
    node: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]*$', maxLength: 200 } },
      allOf: [
        {
          if: { properties: { type: { const: 'CreationInfo' } } },
          then: {
            required: ['@id', 'specVersion', 'created', 'createdBy'],
            properties: { '@id': IRI, specVersion: { const: '3.0.1' }, created: DATE_TIME, createdBy: { type: 'array', minItems: 1, items: IRI }, createdUsing: { type: 'array', items: IRI } },
          },
          else: { required: ['spdxId', 'creationInfo'], properties: SPDX3_ELEMENT_BASE },
        },
        {
          if: { properties: { type: { const: 'SpdxDocument' } } },
          then: { properties: { rootElement: { type: 'array', items: IRI }, element: { type: 'array', items: IRI }, dataLicense: IRI } },
        },
        {
          if: { properties: { type: { const: 'software_Package' } } },
          then: {
            required: ['name'],
            properties: {
              software_packageVersion: TEXT, software_downloadLocation: IRI, software_packageUrl: IRI, software_homePage: IRI,
              software_sourceInfo: TEXT, software_primaryPurpose: { type: 'string' }, suppliedBy: IRI, originatedBy: { type: 'array', items: IRI },
            },
          },
        },
        {
          if: { properties: { type: { const: 'software_File' } } },
          then: { required: ['name'] },
        },
        {
          if: { properties: { type: { const: 'Relationship' } } },
          then: {
            required: ['from', 'relationshipType', 'to'],
            properties: { from: IRI, to: { type: 'array', minItems: 1, items: IRI }, relationshipType: { type: 'string', pattern: '^[a-z][A-Za-z]*$', maxLength: 100 }, completeness: { enum: ['complete', 'incomplete', 'noAssertion'] } },
          },
        },
        {
          if: { properties: { type: { const: 'simplelicensing_LicenseExpression' } } },
          then: { required: ['simplelicensing_licenseExpression'], properties: { simplelicensing_licenseExpression: { type: 'string', minLength: 1, maxLength: 4096 } } },
        },
        {
          if: { properties: { type: { enum: ['Person', 'Organization', 'Tool', 'SoftwareAgent', 'Agent'] } } },
          then: { required: ['name'] },
        },
      ],
    },
  },
};

export const SPDX_23_SUBSET_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'urn:dstack-registry:spdx-2.3-subset',
  type: 'object',
  required: ['spdxVersion', 'SPDXID', 'name', 'dataLicense', 'documentNamespace', 'creationInfo'],
  properties: {
    spdxVersion: { const: 'SPDX-2.3' },
    SPDXID: { const: 'SPDXRef-DOCUMENT' },
    name: TEXT,
    dataLicense: { const: 'CC0-1.0' },
    documentNamespace: IRI,
    creationInfo: { type: 'object', required: ['created', 'creators'], properties: { created: DATE_TIME, creators: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^(Person|Organization|Tool): ' } } } },
    packages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['SPDXID', 'name', 'downloadLocation'],
        properties: {
          SPDXID: { type: 'string', pattern: '^SPDXRef-[A-Za-z0-9.-]+$' }, name: TEXT, versionInfo: TEXT, downloadLocation: TEXT, supplier: TEXT, originator: TEXT,
          packageFileName: TEXT, licenseConcluded: TEXT, licenseDeclared: TEXT,
          checksums: { type: 'array', items: { type: 'object', required: ['algorithm', 'checksumValue'], properties: { algorithm: { type: 'string' }, checksumValue: { type: 'string', pattern: '^[0-9A-Fa-f]+$' } } } },
        },
      },
    },
    relationships: {
      type: 'array',
      items: { type: 'object', required: ['spdxElementId', 'relationshipType', 'relatedSpdxElement'], properties: { spdxElementId: { type: 'string' }, relationshipType: { type: 'string', pattern: '^[A-Z_]+$' }, relatedSpdxElement: { type: 'string' } } },
    },
  },
};
