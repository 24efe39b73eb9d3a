import { IssuesFound, issue, type Issue } from './contract-issues.js';
import type { ContractKind } from './contract-types.js';

export type SpecFamily = 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1' | 'openapi-3.2' | 'asyncapi-2' | 'asyncapi-3';

export interface SpecInfo {
  kind: ContractKind;
  family: SpecFamily;
  specVersion: string;
}

export const SUPPORTED_VERSIONS_TEXT = 'Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x, AsyncAPI 2.0–2.6, 3.0.x and 3.1.x';

const MARKERS = ['swagger', 'openapi', 'asyncapi'] as const;
type Marker = (typeof MARKERS)[number];

// Version strings that exist but that this registry does not take (yet): said plainly, not "unknown".
const KNOWN_UNSUPPORTED: Record<Marker, RegExp> = {
  swagger: /^1\.\d+$/,
  openapi: /^(3\.[3-9]\.\d+|2\.0|4\.\d+\.\d+)/,
  asyncapi: /^(1\.\d+\.\d+|2\.0\.0-rc\d+|3\.[2-9]\.\d+)/,
};

/** Which spec and version the document declares. Throws IssuesFound when missing, ambiguous or unsupported. */
export function detectSpec(doc: Record<string, unknown>): SpecInfo {
  const present = MARKERS.filter((m) => Object.prototype.hasOwnProperty.call(doc, m));
  if (present.length === 0) {
    throw new IssuesFound([
      issue('MISSING_SPEC_VERSION', `Not an OpenAPI or AsyncAPI document: none of "swagger", "openapi" or "asyncapi" is declared (supported: ${SUPPORTED_VERSIONS_TEXT})`),
    ]);
  }
  if (present.length > 1) {
    const list = present.map((m) => `"${m}"`).join(' and ');
    throw new IssuesFound([
      issue('AMBIGUOUS_SPEC_TYPE', `The document declares both ${list}; a contract must be exactly one of OpenAPI or AsyncAPI`),
    ]);
  }
  const marker = present[0];
  const value = doc[marker];
  const info = typeof value === 'string' ? familyOf(marker, value) : null;
  if (info) return info;
  throw new IssuesFound([versionIssue(marker, value)]);
}

function familyOf(marker: Marker, version: string): SpecInfo | null {
  if (marker === 'swagger') return version === '2.0' ? { kind: 'OPENAPI', family: 'swagger-2.0', specVersion: version } : null;
  if (marker === 'openapi') {
    if (/^3\.0\.\d+$/.test(version)) return { kind: 'OPENAPI', family: 'openapi-3.0', specVersion: version };
    if (/^3\.1\.\d+$/.test(version)) return { kind: 'OPENAPI', family: 'openapi-3.1', specVersion: version };
    if (/^3\.2\.\d+$/.test(version)) return { kind: 'OPENAPI', family: 'openapi-3.2', specVersion: version };
    return null;
  }
  if (/^2\.[0-6]\.\d+$/.test(version)) return { kind: 'ASYNCAPI', family: 'asyncapi-2', specVersion: version };
  // 3.1 only adds to 3.0 (@asyncapi/parser 3.6 ships and applies the 3.1.0 schema)
  if (/^3\.[01]\.\d+$/.test(version)) return { kind: 'ASYNCAPI', family: 'asyncapi-3', specVersion: version };
  return null;
}

function versionIssue(marker: Marker, value: unknown): Issue {
  const name = marker === 'swagger' ? 'Swagger' : marker === 'openapi' ? 'OpenAPI' : 'AsyncAPI';
  const pointer = `/${marker}`;
  if (typeof value !== 'string') {
    const shown = typeof value === 'number' ? `the number ${value}` : JSON.stringify(value) ?? String(value);
    return issue('UNKNOWN_SPEC_VERSION', `${name} version must be a string (e.g. "${example(marker)}"), found ${shown}`, pointer);
  }
  const code = KNOWN_UNSUPPORTED[marker].test(value) ? 'UNSUPPORTED_SPEC_VERSION' : 'UNKNOWN_SPEC_VERSION';
  const what = code === 'UNSUPPORTED_SPEC_VERSION' ? 'is not supported' : 'is not a known version';
  return issue(code, `Unsupported version: ${name} "${value}" ${what}; supported are ${SUPPORTED_VERSIONS_TEXT}`, pointer);
}

function example(marker: Marker): string {
  return marker === 'swagger' ? '2.0' : marker === 'openapi' ? '3.0.3' : '2.6.0';
}
