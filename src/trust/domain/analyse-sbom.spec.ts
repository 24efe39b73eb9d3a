import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as CDX from '@cyclonedx/cyclonedx-library';
import { DomainError } from '../../common/errors/domain-error.js';
import { analyseSbom, type SbomLimits } from './analyse-sbom.js';
import { schemaIssues } from './schema-validators.js';

const FIXTURES = join(process.cwd(), 'test/fixtures/trust');
const LIMITS: SbomLimits = { maxBytes: 10 * 1024 * 1024, maxElements: 1000, timeoutMs: 10_000 };
const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function failure(text: string, limits = LIMITS): DomainError {
  try {
    analyseSbom(bytes(text), limits);
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected the SBOM to be refused');
}

describe('analyseSbom', () => {
  it('reads a CycloneDX 1.6 CBOM: format, hash, TR-03183-2 verdict, licences and crypto', () => {
    const sut = analyseSbom(bytes(fixture('cbom-cyclonedx-1.6.json')), LIMITS);
    expect(sut).toMatchObject({ format: 'CYCLONEDX', specVersion: '1.6', componentCount: 10, tr03183: { compliant: true }, crypto: { status: 'FAIL' } });
    expect(sut.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sut.cryptoAssets.map((a) => a.bomRef)).toContain('crypto/tls12');
  });

  it('reads SPDX 3.0.1 JSON-LD and SPDX 2.3 (the latter never meets TR-03183-2)', () => {
    expect(analyseSbom(bytes(fixture('spdx-3.0.1-antragsportal.json')), LIMITS).tr03183).toMatchObject({ compliant: true, componentsChecked: 2 });
    expect(analyseSbom(bytes(fixture('spdx-2.3-legacy.json')), LIMITS).tr03183.missing[0]).toBe('sbom.format');
  });

  it('accepts CycloneDX 1.7 and refuses 1.5 with a pointer to specVersion', () => {
    const doc = JSON.parse(fixture('cbom-cyclonedx-1.6.json')) as Record<string, unknown>;
    expect(analyseSbom(bytes(JSON.stringify({ ...doc, specVersion: '1.7' })), LIMITS).specVersion).toBe('1.7');
    expect(failure(JSON.stringify({ ...doc, specVersion: '1.5' })).causes).toEqual([expect.objectContaining({ code: 'UNSUPPORTED_SPEC_VERSION', pointer: '/specVersion' })]);
  });

  it('reports every schema problem at once with pointer and line', () => {
    const doc = JSON.parse(fixture('cbom-cyclonedx-1.6.json')) as { components: Record<string, unknown>[]; serialNumber: string };
    doc.serialNumber = 'x';
    doc.components[0].type = 'gadget';
    doc.components.push(doc.components[1]);
    const sut = failure(JSON.stringify(doc, null, 2));
    expect(sut.code).toBe('INVALID_DOCUMENT');
    expect(sut.causes.map((c) => c.pointer)).toEqual(['/serialNumber', '/components/0/type', '/components']);
    expect(sut.causes[2].message).toContain('duplicate items');
    expect(sut.causes.every((c) => c.line !== undefined)).toBe(true);
  });

  it('refuses non-JSON, unknown documents and too many elements', () => {
    expect(failure('bomFormat: CycloneDX').causes[0].code).toBe('JSON_SYNTAX');
    expect(failure('{"hello": "world"}').causes[0].code).toBe('UNKNOWN_SPEC_VERSION');
    expect(failure(fixture('cbom-cyclonedx-1.6.json'), { ...LIMITS, maxElements: 5 }).causes[0]).toMatchObject({ code: 'NODE_LIMIT', pointer: '/components' });
    expect(failure(fixture('cbom-cyclonedx-1.6.json'), { ...LIMITS, maxBytes: 100 }).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('agrees with @cyclonedx/cyclonedx-library\'s own JSON validator on valid and invalid documents', async () => {
    const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6);
    const valid = fixture('cbom-cyclonedx-1.6.json');
    const invalid = valid.replace('"type": "cryptographic-asset"', '"type": "gadget"');
    expect(await validator.validate(valid)).toBeNull();
    expect(schemaIssues('cyclonedx-1.6', JSON.parse(valid))).toEqual([]);
    expect(await validator.validate(invalid)).not.toBeNull();
    expect(schemaIssues('cyclonedx-1.6', JSON.parse(invalid)).map((i) => i.pointer)).toEqual(['/components/0/type']);
  }, 30_000);
});
