// Advice, not validation: does the component's own OpenAPI contract look like it can do what the
// conformance record claims? Each finding says what is missing and why it matters. A finding can be
// wrong (e.g. the endpoint lives in another component's contract), so none of them blocks a record.

import type { ConformanceRecord } from './conformance-record.js';
import { listOperations, type OperationView } from './openapi-operations.js';
import { ISSUER_ROLES, RELYING_PARTY_ROLES } from './roles.js';

export type PlausibilityCode =
  | 'ISSUER_WITHOUT_OPENID4VCI'
  | 'CREDENTIAL_ISSUER_METADATA_MISSING'
  | 'TOKEN_ENDPOINT_MISSING'
  | 'CREDENTIAL_ENDPOINT_MISSING'
  | 'STATUS_LIST_ENDPOINT_MISSING'
  | 'RELYING_PARTY_WITHOUT_PRESENTATION_PROTOCOL'
  | 'DIRECT_POST_ENDPOINT_MISSING'
  | 'REQUEST_URI_ENDPOINT_MISSING'
  | 'DC_API_RESPONSE_MODE_MISSING'
  | 'DC_API_RESPONSE_ENDPOINT_MISSING';

export interface PlausibilityFinding {
  code: PlausibilityCode;
  message: string;
  /** Why the registry expects it. */
  reason: string;
}

type Claims = Pick<ConformanceRecord, 'roles' | 'protocols' | 'trust'>;
type Check = (claims: Claims, ops: readonly OperationView[]) => PlausibilityFinding[];

/** Advice findings for a record against the parsed OpenAPI (2.0 or 3.x) document of its component. */
export function checkPlausibility(claims: Claims, openapi: Record<string, unknown>): PlausibilityFinding[] {
  const ops = listOperations(openapi);
  return CHECKS.flatMap((check) => check(claims, ops));
}

const finding = (code: PlausibilityCode, message: string, reason: string): PlausibilityFinding => ({ code, message, reason });

const isIssuer = (c: Claims) => c.roles.some((r) => ISSUER_ROLES.includes(r));
const isRelyingParty = (c: Claims) => c.roles.some((r) => RELYING_PARTY_ROLES.includes(r));
const protocol = (c: Claims, name: string) => c.protocols.filter((p) => p.name === name);
const has = (ops: readonly OperationView[], test: (op: OperationView) => boolean) => ops.some(test);
const pathEnds = (suffix: string) => (op: OperationView) => op.path.replace(/\/+$/, '').endsWith(suffix);

const issuerProtocol: Check = (c) =>
  isIssuer(c) && protocol(c, 'OpenID4VCI').length === 0
    ? [finding('ISSUER_WITHOUT_OPENID4VCI', 'The record claims an issuing role but no OpenID4VCI support.', 'PID and attestation providers issue to EUDI Wallets with OpenID4VCI (ARF ISSU_01a).')]
    : [];

const issuerEndpoints: Check = (c, ops) => {
  if (!isIssuer(c) || protocol(c, 'OpenID4VCI').length === 0) {
    return [];
  }
  const out: PlausibilityFinding[] = [];
  if (!has(ops, (op) => op.method === 'GET' && op.path.includes('/.well-known/openid-credential-issuer'))) {
    out.push(finding('CREDENTIAL_ISSUER_METADATA_MISSING', 'No GET /.well-known/openid-credential-issuer in the contract.', 'Wallets discover a credential issuer through its metadata at this well-known path (OpenID4VCI).'));
  }
  if (!has(ops, (op) => op.method === 'POST' && pathEnds('/token')(op))) {
    out.push(finding('TOKEN_ENDPOINT_MISSING', 'No POST …/token operation in the contract.', 'OpenID4VCI issues an access token at the token endpoint before any credential is requested.'));
  }
  if (!has(ops, (op) => op.method === 'POST' && pathEnds('/credential')(op))) {
    out.push(finding('CREDENTIAL_ENDPOINT_MISSING', 'No POST …/credential operation in the contract.', 'Wallets fetch the credential from the credential endpoint (OpenID4VCI).'));
  }
  return out;
};

const statusList: Check = (c, ops) =>
  isIssuer(c) && c.trust.revocationMethod === 'TOKEN_STATUS_LIST' &&
  !has(ops, (op) => op.method === 'GET' && op.produces.some((m) => m.startsWith('application/statuslist+')))
    ? [finding('STATUS_LIST_ENDPOINT_MISSING', 'Revocation by Token Status List is claimed, but no GET operation returns application/statuslist+jwt or +cwt.', 'Relying parties download status lists from the provider, without authentication (ARF VCR_11a, VCR_16).')]
    : [];

const rpProtocol: Check = (c) =>
  isRelyingParty(c) && !c.protocols.some((p) => p.name !== 'OpenID4VCI')
    ? [finding('RELYING_PARTY_WITHOUT_PRESENTATION_PROTOCOL', 'The record claims a relying-party role but no presentation protocol.', 'Relying parties request credentials with OpenID4VP or ISO/IEC 18013-5/-7.')]
    : [];

const directPost: Check = (c, ops) => {
  const modes = protocol(c, 'OpenID4VP').flatMap((p) => p.responseModes);
  const claimed = modes.filter((m) => m === 'direct_post' || m === 'direct_post.jwt');
  const accepts = has(ops, (op) => op.method === 'POST' && op.consumes.includes('application/x-www-form-urlencoded'));
  return claimed.length > 0 && !accepts
    ? [finding('DIRECT_POST_ENDPOINT_MISSING', `Response mode ${claimed.join(', ')} is claimed, but no POST accepts application/x-www-form-urlencoded.`, 'With direct_post the wallet sends the response as a form-encoded POST to the verifier\'s response_uri (OpenID4VP).')]
    : [];
};

const requestUri: Check = (c, ops) => {
  const methods = protocol(c, 'OpenID4VP').flatMap((p) => p.requestMethods);
  const byReference = methods.some((m) => m.startsWith('request_uri'));
  const serves = has(ops, (op) => op.produces.includes('application/oauth-authz-req+jwt'));
  return byReference && !serves
    ? [finding('REQUEST_URI_ENDPOINT_MISSING', 'Requests by reference (request_uri) are claimed, but no operation returns application/oauth-authz-req+jwt.', 'The wallet fetches the signed request object from the request_uri (JAR, used by OpenID4VP).')]
    : [];
};

const dcApi: Check = (c, ops) => {
  const claims = protocol(c, 'OpenID4VP').filter((p) => p.transports.includes('dc_api'));
  if (claims.length === 0) {
    return [];
  }
  const out: PlausibilityFinding[] = [];
  if (!claims.some((p) => p.responseModes.some((m) => m === 'dc_api' || m === 'dc_api.jwt'))) {
    out.push(finding('DC_API_RESPONSE_MODE_MISSING', 'The Digital Credentials API is claimed without response mode dc_api or dc_api.jwt.', 'Over the Digital Credentials API the response returns through the browser with these response modes (OpenID4VP Appendix A).'));
  }
  if (!has(ops, (op) => op.method === 'POST' && op.consumes.includes('application/json'))) {
    out.push(finding('DC_API_RESPONSE_ENDPOINT_MISSING', 'The Digital Credentials API is claimed, but no POST accepts application/json.', 'The web front end has to hand the wallet response to the back end for verification.'));
  }
  return out;
};

const CHECKS: readonly Check[] = [issuerProtocol, issuerEndpoints, statusList, rpProtocol, directPost, requestUri, dcApi];
