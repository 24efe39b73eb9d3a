// Documents and inputs for the EUDI conformance e2e tests (our own example data).
import { BUILTIN_CATALOGUE } from '../../src/conformance/domain/builtin-catalogue.js';
import { ARF_CSV_HEADER, type Requirement } from '../../src/conformance/domain/requirement-set.js';
import { writeCsv } from '../../src/conformance/domain/csv.js';

/** An OpenID4VP verifier back end. `withStatusPath: false` drops an operation (a breaking change). */
export function makeVerifierOpenApi(opts: { withStatusPath?: boolean; version?: string } = {}): string {
  const status = opts.withStatusPath === false ? '' : `
  /presentations/{id}:
    get:
      operationId: getPresentation
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: verification result, content: { application/json: { schema: { type: object } } } }`;
  return `openapi: 3.1.0
info:
  title: Buergerkonto Verifier
  version: ${opts.version ?? '1.0.0'}
paths:
  /presentations/response:
    post:
      operationId: postWalletResponse
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { type: object, properties: { response: { type: string } } }
      responses:
        '200': { description: accepted }
  /presentations/dc-api:
    post:
      operationId: postDcApiResponse
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object }
      responses:
        '200': { description: accepted }${status}
`;
}

export const RP_COMPONENT = {
  slug: 'buergerkonto',
  name: 'Bürgerkonto',
  layer: 'identity',
  description: 'Login mit der EUDI-Wallet',
  platformOwner: { name: 'Team Bürgerkonto', email: 'buergerkonto@example.org' },
};

/** An ARF-format CSV (semicolon-separated, with BOM) for the given requirements. */
export function toArfCsv(requirements: readonly Requirement[]): string {
  const rows = requirements.map((r) => [
    r.harmonisedId, r.part, r.category, r.topic, r.topicNumber === null ? '' : String(r.topicNumber), r.topic, r.subsection ?? '',
    r.legacyIndex ?? '', r.text, r.notes ?? '',
  ]);
  return `\uFEFF${writeCsv([[...ARF_CSV_HEADER], ...rows], ';')}`;
}

/** A 1.1.0 of the built-in catalogue in which one requirement's text changed. */
export function catalogueWithChangedText(id: string): string {
  return toArfCsv(BUILTIN_CATALOGUE.requirements.map((r) => (r.harmonisedId === id ? { ...r, text: `${r.text} It also supports the HAIP 1.1 profile.` } : r)));
}
