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

describe('renderChangelog', () => {
  it('renders levels as sections', () => {
    const report = evaluatePublish({ mode: 'NONE', kind: 'openapi', candidate: { version: '2.0.0', document: doc({ a: { type: 'string' } }) }, earlier: [v1], now }).report;
    expect(renderChangelog(report, { from: '1.0.0', to: '2.0.0' })).toBe([
      '## 1.0.0 → 2.0.0', '', '1 breaking, 0 to check, 0 compatible.', '', '### Breaking changes', '',
      "- **GET /a**: response body: required property 'b' was removed `response-required-property-removed`", '',
    ].join('\n'));
  });
});
