import { createHash } from 'node:crypto';
import { IssuesFound, invalidDocument, issue, type Issue } from '../../contracts/domain/contract-issues.js';
import { resolveParseLimits } from '../../contracts/domain/contract-types.js';
import { decodeUpload } from '../../contracts/domain/decode-upload.js';
import { readDocument, sniffSyntax } from '../../contracts/domain/parse-document.js';
import { addPositions } from '../../contracts/domain/source-locator.js';
import { CURRENT_CRYPTO_RULE_SET } from './crypto-rules.js';
import { extractCycloneDx } from './extract-cyclonedx.js';
import { extractSpdx23, extractSpdx3 } from './extract-spdx.js';
import { judgeCrypto } from './judge-crypto.js';
import { licenceFacts } from './licences.js';
import type { AnalysedSbom, CryptoAsset, SbomDocumentFacts } from './sbom-types.js';
import { schemaIssues, type SchemaId } from './schema-validators.js';
import { tr03183Report } from './tr03183-report.js';

export interface SbomLimits {
  maxBytes: number;
  /** Components (CycloneDX, nested included) or @graph elements / packages (SPDX). */
  maxElements: number;
  timeoutMs: number;
}

type Obj = Record<string, unknown>;

/** Which schema a parsed document is for, or the issue explaining why it is not accepted. */
export function detectSbom(doc: Obj): SchemaId | Issue {
  if (doc.bomFormat === 'CycloneDX') {
    if (doc.specVersion === '1.6') return 'cyclonedx-1.6';
    if (doc.specVersion === '1.7') return 'cyclonedx-1.7';
    return issue('UNSUPPORTED_SPEC_VERSION', `CycloneDX ${String(doc.specVersion)} is not accepted; upload CycloneDX 1.6 or 1.7 (BSI TR-03183-2 requires at least 1.6)`, '/specVersion');
  }
  const ctx = doc['@context'];
  if (typeof ctx === 'string' && ctx.startsWith('https://spdx.org/rdf/3')) {
    if (ctx === 'https://spdx.org/rdf/3.0.1/spdx-context.jsonld') return 'spdx-3.0.1';
    return issue('UNSUPPORTED_SPEC_VERSION', `SPDX context ${ctx} is not accepted; upload SPDX 3.0.1 JSON-LD`, '/@context');
  }
  if (typeof doc.spdxVersion === 'string') {
    if (doc.spdxVersion === 'SPDX-2.3') return 'spdx-2.3';
    return issue('UNSUPPORTED_SPEC_VERSION', `${doc.spdxVersion} is not accepted; upload SPDX 3.0.1 (or SPDX 2.3, which does not meet TR-03183-2)`, '/spdxVersion');
  }
  return issue('UNKNOWN_SPEC_VERSION', 'not an SBOM: expected CycloneDX JSON ("bomFormat": "CycloneDX"), SPDX 3.0.1 JSON-LD ("@context") or SPDX 2.3 JSON ("spdxVersion")');
}

function elementCount(id: SchemaId, doc: Obj): number {
  if (id === 'spdx-3.0.1') return Array.isArray(doc['@graph']) ? doc['@graph'].length : 0;
  if (id === 'spdx-2.3') return (Array.isArray(doc.packages) ? doc.packages.length : 0) + (Array.isArray(doc.files) ? doc.files.length : 0);
  let n = 0;
  const stack: unknown[] = [doc.components, (doc.metadata as Obj | undefined)?.component];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) { n += v.length; stack.push(...v.map((c) => (c as Obj | null)?.components)); }
    else if (v && typeof v === 'object') { n += 1; stack.push((v as Obj).components); }
  }
  return n;
}

/**
 * The whole SBOM pipeline, synchronous and pure (runs in a worker thread): strict UTF-8, JSON with the
 * registry's limits, format detection, schema validation (every problem at once, with pointer and
 * line/column), element limit, facts, TR-03183-2 report, licences, CBOM judgement. Throws DomainError
 * INVALID_DOCUMENT / PAYLOAD_TOO_LARGE. Nothing is fetched: `$ref`s and URLs in the document are data.
 */
export function analyseSbom(bytes: Uint8Array, limits: SbomLimits): AnalysedSbom {
  const text = decodeUpload(bytes, limits.maxBytes);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    if (sniffSyntax(body) !== 'json') throw new IssuesFound([issue('JSON_SYNTAX', 'an SBOM must be JSON (CycloneDX JSON or SPDX JSON / JSON-LD)')]);
    const { document } = readDocument(body, resolveParseLimits({ maxBytes: limits.maxBytes, maxNodes: Math.max(2_000_000, limits.maxElements * 200) }));
    const id = detectSbom(document);
    if (typeof id !== 'string') throw new IssuesFound([id]);
    const count = elementCount(id, document);
    if (count > limits.maxElements) {
      throw new IssuesFound([issue('NODE_LIMIT', `the SBOM has ${count} elements; the limit is ${limits.maxElements}`, id.startsWith('spdx-3') ? '/@graph' : id === 'spdx-2.3' ? '/packages' : '/components')]);
    }
    const problems = schemaIssues(id, document);
    if (problems.length) throw new IssuesFound(problems);
    return facts(id, document, bytes);
  } catch (err) {
    if (err instanceof IssuesFound) throw invalidDocument(addPositions(err.issues, body, 'json'));
    throw err;
  }
}

function facts(id: SchemaId, document: Obj, bytes: Uint8Array): AnalysedSbom {
  let doc: SbomDocumentFacts;
  let cryptoAssets: CryptoAsset[] = [];
  if (id.startsWith('cyclonedx')) ({ facts: doc, crypto: cryptoAssets } = extractCycloneDx(document));
  else doc = id === 'spdx-3.0.1' ? extractSpdx3(document) : extractSpdx23(document);
  const report = tr03183Report(doc);
  const raws = doc.components.flatMap((c) => [...c.licences, ...c.effectiveLicences]);
  return {
    format: doc.format, specVersion: doc.specVersion,
    sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.byteLength,
    componentCount: doc.components.length + cryptoAssets.length,
    tr03183: report, licences: licenceFacts(raws), cryptoAssets, crypto: judgeCrypto(cryptoAssets, CURRENT_CRYPTO_RULE_SET),
  };
}
