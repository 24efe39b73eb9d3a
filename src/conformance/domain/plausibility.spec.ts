import { makeRecordInput } from '../../../test/factories/conformance-record.factory.js';
import { conformanceRecordSchema, type ConformanceRecord } from './conformance-record.js';
import { checkPlausibility } from './plausibility.js';

const claims = (overrides: Parameters<typeof makeRecordInput>[0] = {}): ConformanceRecord =>
  conformanceRecordSchema.parse(makeRecordInput(overrides));

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

const json = (schema = {}) => ({ content: { 'application/json': { schema } } });

const rpOpenApi = {
  openapi: '3.1.0',
  info: { title: 'Login', version: '1.0.0' },
  paths: {
    '/presentations/{id}/request': { get: { responses: { '200': { content: { 'application/oauth-authz-req+jwt': {} } } } } },
    '/presentations/{id}/response': { post: { requestBody: { $ref: '#/components/requestBodies/WalletResponse' }, responses: { '200': json() } } },
    '/presentations/dc-api': { post: { requestBody: json(), responses: { '200': json() } } },
  },
  components: { requestBodies: { WalletResponse: { content: { 'application/x-www-form-urlencoded': {} } } } },
};

const issuerClaims = () =>
  claims({
    roles: ['PID_PROVIDER'],
    protocols: [{ name: 'OpenID4VCI', version: '1.0', profile: 'HAIP 1.0' }],
    credentialFormats: [{ format: 'dc+sd-jwt', typeId: 'urn:eudi:pid:1' }],
  });

describe('checkPlausibility', () => {
  it('finds nothing to advise when a relying party contract matches its claims', () => {
    const sut = checkPlausibility(
      claims({ protocols: [{ name: 'OpenID4VP', version: '1.0', transports: ['redirect', 'dc_api'], responseModes: ['direct_post.jwt', 'dc_api.jwt'], requestMethods: ['request_uri_signed'] }] }),
      rpOpenApi,
    );
    expect(sut).toEqual([]);
  });

  it('advises a relying party whose contract lacks the endpoints its claims need', () => {
    const doc = { openapi: '3.0.3', paths: { '/login': { get: { responses: { '200': json() } } } } };
    const sut = checkPlausibility(claims(), doc);
    expect(codes(sut)).toEqual(['DIRECT_POST_ENDPOINT_MISSING', 'REQUEST_URI_ENDPOINT_MISSING', 'DC_API_RESPONSE_MODE_MISSING', 'DC_API_RESPONSE_ENDPOINT_MISSING']);
    expect(sut[0]).toEqual({
      code: 'DIRECT_POST_ENDPOINT_MISSING',
      message: 'Response mode direct_post.jwt is claimed, but no POST accepts application/x-www-form-urlencoded.',
      reason: "With direct_post the wallet sends the response as a form-encoded POST to the verifier's response_uri (OpenID4VP).",
    });
  });

  it('reads Swagger 2.0 form parameters as a urlencoded POST', () => {
    const doc = {
      swagger: '2.0',
      produces: ['application/json'],
      paths: {
        '/response': { post: { parameters: [{ in: 'formData', name: 'response', type: 'string' }], responses: { '200': {} } } },
        '/request': { get: { produces: ['application/oauth-authz-req+jwt'], responses: { '200': {} } } },
      },
    };
    const sut = checkPlausibility(claims({ protocols: [{ name: 'OpenID4VP', version: '1.0', transports: ['redirect'], responseModes: ['direct_post'], requestMethods: ['request_uri_signed'] }] }), doc);
    expect(sut).toEqual([]);
  });

  it('advises a relying party that claims no presentation protocol', () => {
    expect(codes(checkPlausibility(claims({ protocols: [] }), rpOpenApi))).toEqual(['RELYING_PARTY_WITHOUT_PRESENTATION_PROTOCOL']);
  });

  it('advises an issuer without OpenID4VCI metadata, token and credential endpoints or status list', () => {
    const doc = { openapi: '3.0.3', paths: { '/credentials': { post: { responses: { '200': json() } } } } };
    expect(codes(checkPlausibility(issuerClaims(), doc))).toEqual([
      'CREDENTIAL_ISSUER_METADATA_MISSING',
      'TOKEN_ENDPOINT_MISSING',
      'CREDENTIAL_ENDPOINT_MISSING',
      'STATUS_LIST_ENDPOINT_MISSING',
    ]);
  });

  it('accepts an issuer contract with metadata, token, credential and status-list endpoints', () => {
    const doc = {
      openapi: '3.1.0',
      paths: {
        '/.well-known/openid-credential-issuer/pid': { get: { responses: { '200': json() } } },
        '/oauth/token': { post: { requestBody: { content: { 'application/x-www-form-urlencoded': {} } }, responses: { '200': json() } } },
        '/oid4vci/credential/': { post: { requestBody: json(), responses: { '200': json() } } },
        '/status/{list}': { get: { responses: { '200': { content: { 'application/statuslist+jwt; charset=utf-8': {} } } } } },
      },
    };
    expect(checkPlausibility(issuerClaims(), doc)).toEqual([]);
  });

  it('advises an issuing role that claims no OpenID4VCI', () => {
    const sut = checkPlausibility(claims({ roles: ['EAA_PROVIDER'], protocols: [], trust: { revocationMethod: 'SHORT_LIVED' } }), { swagger: '2.0', paths: {} });
    expect(codes(sut)).toEqual(['ISSUER_WITHOUT_OPENID4VCI']);
  });
});
