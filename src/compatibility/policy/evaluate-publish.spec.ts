import { evaluatePublish } from './index.js';
import { renderChangelog } from './render-changelog.js';

const doc = (props: Record<string, unknown>, extraPath = false) => ({
  openapi: '3.0.3', info: { title: 't', version: '1' },
  paths: {
    '/a': { get: { responses: { 200: { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: props, required: Object.keys(props) } } } } } } },
    ...(extraPath ? { '/b': { get: { responses: { 200: { description: 'ok' } } } } } : {}),
  },
});
const v1 = { version: '1.0.0', document: doc({ a: { type: 'string' }, b: { type: 'string' } }) };
const now = new Date('2026-11-30');

describe('evaluatePublish', () => {
  it('rejects a breaking change inside a major line as INCOMPATIBLE', () => {
    const sut = evaluatePublish({ kind: 'openapi', candidate: { version: '1.1.0', document: doc({ a: { type: 'string' } }) }, earlier: [v1], now });
    expect([sut.outcome, sut.requiredBump, sut.violations.map((c) => c.id)]).toEqual(['INCOMPATIBLE', 'major', ['response-required-property-removed']]);
  });

  it('allows the same change with a major bump', () => {
    const sut = evaluatePublish({ kind: 'openapi', candidate: { version: '2.0.0', document: doc({ a: { type: 'string' } }) }, earlier: [v1], now });
    expect(sut.outcome).toBe('OK');
  });

  it('demands a minor bump for a new operation (SEMVER_VIOLATION)', () => {
    const sut = evaluatePublish({ kind: 'openapi', candidate: { version: '1.0.1', document: doc({ a: { type: 'string' }, b: { type: 'string' } }, true) }, earlier: [v1], now });
    expect([sut.outcome, sut.requiredBump, sut.violations.map((c) => c.id)]).toEqual(['SEMVER_VIOLATION', 'minor', ['operation-added']]);
  });

  it('picks the highest lower version as predecessor (hotfix lines)', () => {
    const v2 = { version: '2.0.0', document: doc({ a: { type: 'string' } }) };
    const sut = evaluatePublish({ kind: 'openapi', candidate: { version: '1.0.1', document: v1.document }, earlier: [v2, v1], now });
    expect([sut.outcome, sut.predecessor]).toEqual(['OK', '1.0.0']);
  });

  it('checks FORWARD by swapping the arguments', () => {
    const sut = evaluatePublish({ mode: 'FORWARD', kind: 'openapi', candidate: { version: '1.1.0', document: doc({ a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } }) }, earlier: [v1], now });
    expect([sut.outcome, sut.violations.map((c) => c.id)]).toEqual(['INCOMPATIBLE', ['response-required-property-removed']]);
  });

  it('uses a minor bump as the breaking bump for 0.x', () => {
    const v0 = { version: '0.3.0', document: v1.document };
    const sut = evaluatePublish({ mode: 'NONE', kind: 'openapi', candidate: { version: '0.3.1', document: doc({ a: { type: 'string' } }) }, earlier: [v0], now });
    expect([sut.outcome, sut.requiredBump]).toEqual(['SEMVER_VIOLATION', 'minor']);
  });
});

describe('evaluatePublish: versions and modes', () => {
  const v2beta = { version: '2.1.0-beta.1', document: doc({ a: { type: 'string' }, b: { type: 'string' } }, true) };
  const v20 = { version: '2.0.0', document: v1.document };

  it('does not let an endpoint tried in a pre-release bind the next release', () => {
    const sut = evaluatePublish({ kind: 'openapi', candidate: { version: '2.2.0', document: v1.document }, earlier: [v20, v2beta], now });
    expect([sut.outcome, sut.predecessor, sut.report.changes]).toEqual(['OK', '2.0.0', []]);
  });

  it('reports a too-small bump under ADVISORY as a semver warning, accepts it, and skips it under OFF', () => {
    const candidate = { version: '1.0.1', document: doc({ a: { type: 'string' }, b: { type: 'string' } }, true) };
    const advisory = evaluatePublish({ semverPolicy: 'ADVISORY', kind: 'openapi', candidate, earlier: [v1], now });
    expect([advisory.outcome, advisory.semverWarnings.map((c) => [c.id, c.against])]).toEqual(['OK', [['operation-added', '1.0.0']]]);
    const off = evaluatePublish({ semverPolicy: 'OFF', kind: 'openapi', candidate, earlier: [v1], now });
    expect([off.outcome, off.semverWarnings]).toEqual(['OK', []]);
  });

  it('checks across majors under ALL_VERSIONS and names the version each change is against', () => {
    const v11 = { version: '1.1.0', document: doc({ a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } }) };
    const candidate = { version: '2.0.0', document: doc({ a: { type: 'string' } }) };
    const lined = evaluatePublish({ mode: 'BACKWARD_TRANSITIVE', kind: 'openapi', candidate, earlier: [v1, v11], now });
    expect(lined.outcome).toBe('OK');
    const all = evaluatePublish({ mode: 'BACKWARD_TRANSITIVE', scope: 'ALL_VERSIONS', kind: 'openapi', candidate, earlier: [v1, v11], now });
    expect(all.outcome).toBe('INCOMPATIBLE');
    expect(all.violations.map((c) => `${c.against} ${c.direction} ${c.message}`).sort()).toEqual([
      "1.0.0 backward response body: required property 'b' was removed",
      "1.1.0 backward response body: required property 'b' was removed",
      "1.1.0 backward response body: required property 'c' was removed",
    ]);
  });

  it('tells FORWARD from FULL: a removed optional request field passes FORWARD only', () => {
    const body = (props: Record<string, unknown>) => ({
      openapi: '3.0.3', info: { title: 't', version: '1' },
      paths: { '/a': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: props } } } }, responses: { 200: { description: 'ok' } } } } },
    });
    const base = { version: '1.0.0', document: body({ x: { type: 'string' }, y: { type: 'integer' } }) };
    const candidate = { version: '1.1.0', document: body({ x: { type: 'string' }, y: { type: 'string' } }) };
    const forward = evaluatePublish({ mode: 'FORWARD', kind: 'openapi', candidate, earlier: [base], now });
    const full = evaluatePublish({ mode: 'FULL', kind: 'openapi', candidate, earlier: [base], now });
    expect(full.violations.some((c) => c.direction === 'backward')).toBe(true);
    expect(forward.violations.every((c) => c.direction === 'forward')).toBe(true);
  });
});

describe('renderChangelog', () => {
  it('renders levels as sections', () => {
    const report = evaluatePublish({ mode: 'NONE', kind: 'openapi', candidate: { version: '2.0.0', document: doc({ a: { type: 'string' } }) }, earlier: [v1], now }).report;
    expect(renderChangelog(report, { from: '1.0.0', to: '2.0.0' })).toBe([
      '## 1.0.0 → 2.0.0', '', '1 breaking, 0 to check, 0 compatible.', '', '### Breaking changes', '',
      "- **GET /a**: response body: required property 'b' was removed `response-required-property-removed`", '',
    ].join('\n'));
  });
});
