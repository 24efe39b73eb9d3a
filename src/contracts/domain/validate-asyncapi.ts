import { Parser } from '@asyncapi/parser';
import { issue, type Issue } from './contract-issues.js';
import { toPointer } from './json-pointer.js';

// Every external read the parser attempts lands here and gets an empty document. The resolvers must
// RETURN: a throwing resolver falls through to the built-in one, which reads files and fetches URLs.
// order 1, because order 0 is falsy and ranks the built-ins first (security-notes d.4).
const refuse = (schema: 'file' | 'http' | 'https') => ({ schema, order: 1, canRead: true, read: () => '' });

let parser: Parser | null = null;

// One parser per thread: creating it and the first parse (spectral warm-up) cost hundreds of ms.
function sharedParser(): Parser {
  parser ??= new Parser({
    __unstable: { resolver: { cache: false, resolvers: [refuse('file'), refuse('http'), refuse('https')] } },
  });
  return parser;
}

/** Warms the parser up (a worker does this once at start, so the first upload doesn't pay for it). */
export async function warmUpAsyncApi(): Promise<void> {
  await sharedParser().parse({ asyncapi: '3.0.0', info: { title: 'warm-up', version: '1.0.0' } });
}

/**
 * Validates with @asyncapi/parser (JSON schema of the version plus its spec rules). It gets a JSON
 * serialization of the already-parsed document, so it judges exactly what the registry stores.
 * Diagnostics of severity 0 are errors.
 */
export async function validateAsyncApi(doc: Record<string, unknown>, refsOk: boolean): Promise<{ errors: Issue[]; warnings: Issue[] }> {
  const { diagnostics } = await sharedParser().parse(JSON.stringify(doc));
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  for (const d of diagnostics) {
    if (d.severity !== 0) continue;
    // with external refs present, the blocked reads yield empty documents whose parse errors ("Value
    // expected") and invalid-ref diagnostics only repeat what the own ref scan reported precisely
    if (!refsOk && !String(d.code).startsWith('asyncapi')) continue;
    const found = issue(codeOf(String(d.code)), d.message, toPointer(d.path.map(String)));
    (EXAMPLE_RULES.test(String(d.code)) ? warnings : errors).push(found);
  }
  return { errors, warnings };
}

// Spectral's example checks (`asyncapi2-message-examples`, schema `default`/`examples`) are errors in the
// parser's ruleset, but an example that does not match its schema is documentation drift, not an invalid
// contract: the OpenAPI side does not check examples either, and real documents (e.g. the zbos MQTT spec)
// have them. They are returned as warnings.
const EXAMPLE_RULES = /-(examples?|default)$/;

function codeOf(diagnosticCode: string): Issue['code'] {
  if (diagnosticCode === 'invalid-ref') return 'UNRESOLVED_REF';
  if (/document-(resolved|unresolved)|schema/.test(diagnosticCode)) return 'SCHEMA';
  return 'SPEC_RULE';
}
