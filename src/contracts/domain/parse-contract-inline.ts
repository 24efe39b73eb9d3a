import { createHash } from 'node:crypto';
import { resolveParseLimits, type ParseLimits, type ParsedContract } from './contract-types.js';
import { IssuesFound, invalidDocument, payloadTooLarge, toCause, type Issue } from './contract-issues.js';
import { decodeUpload } from './decode-upload.js';
import { detectSpec, type SpecInfo } from './detect-spec.js';
import { readDocument, sniffSyntax } from './parse-document.js';
import { checkRefs } from './scan-refs.js';
import { addPositions, type Syntax } from './source-locator.js';
import { summarizeContract } from './summarize-contract.js';
import { validateAsyncApi } from './validate-asyncapi.js';
import { validateOpenApi } from './validate-openapi.js';

/**
 * The whole upload → parse → validate pipeline on the calling thread (the CLI, tests, and the worker
 * behind `parseContract`). Resolves with a valid contract or rejects with DomainError INVALID_DOCUMENT
 * (every problem found, each with pointer and line/column) or PAYLOAD_TOO_LARGE.
 */
export async function parseContractInline(bytes: Uint8Array, limits?: Partial<ParseLimits>): Promise<ParsedContract> {
  const resolved = resolveParseLimits(limits);
  if (bytes.byteLength > resolved.maxBytes) throw payloadTooLarge(bytes.byteLength, resolved.maxBytes);
  let text = '';
  let syntax: Syntax = 'yaml';
  try {
    text = decodeUpload(bytes, resolved.maxBytes);
    syntax = sniffSyntax(text);
    const read = readDocument(text, resolved);
    syntax = read.syntax;
    const spec = detectSpec(read.document);
    const { errors, warnings } = await validateDocument(read.document, spec);
    if (errors.length > 0) throw new IssuesFound(errors);
    return {
      kind: spec.kind,
      specVersion: spec.specVersion,
      text,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      document: read.document,
      syntax,
      summary: summarizeContract(read.document, spec.family),
      warnings: withPositions(warnings, text, syntax).map(toCause),
    };
  } catch (err) {
    if (err instanceof IssuesFound) throw invalidDocument(withPositions(err.issues, text, syntax));
    throw err;
  }
}

async function validateDocument(doc: Record<string, unknown>, spec: SpecInfo): Promise<{ errors: Issue[]; warnings: Issue[] }> {
  const refIssues = checkRefs(doc);
  const refsOk = refIssues.length === 0;
  switch (spec.family) {
    case 'swagger-2.0':
    case 'openapi-3.0':
    case 'openapi-3.1':
    case 'openapi-3.2':
      return { errors: [...refIssues, ...(await validateOpenApi(doc, spec.family, refsOk))], warnings: [] };
    case 'asyncapi-2':
    case 'asyncapi-3': {
      const { errors, warnings } = await validateAsyncApi(doc, refsOk);
      return { errors: [...refIssues, ...errors], warnings };
    }
  }
}

function withPositions(issues: Issue[], text: string, syntax: Syntax): Issue[] {
  if (text === '') return issues;
  try {
    return addPositions(issues, text, syntax).sort(byPosition);
  } catch {
    return issues; // positions are a convenience; never hide the actual problems behind a locator failure
  }
}

// Causes read top to bottom like the document; ones without a position keep their order at the end.
function byPosition(a: Issue, b: Issue): number {
  const la = a.line ?? Number.MAX_SAFE_INTEGER;
  const lb = b.line ?? Number.MAX_SAFE_INTEGER;
  return la - lb || (a.column ?? 0) - (b.column ?? 0);
}
