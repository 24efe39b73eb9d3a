import type { HttpOutcome, NetworkFailure } from './registry-client.js';

// Exit codes of `publish` and `check` (documented in docs/ci.md; CI scripts rely on them).
export const EXIT = { OK: 0, REJECTED: 1, INVALID: 2, AUTH: 3, TROUBLE: 4 } as const;

const REJECTED_CODES = new Set(['INCOMPATIBLE', 'SEMVER_VIOLATION', 'VERSION_EXISTS', 'GUIDELINE_VIOLATION']);
const INVALID_CODES = new Set(['INVALID_DOCUMENT', 'VALIDATION_FAILED', 'BAD_REQUEST', 'NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'CONFLICT']);

export function exitCodeOf(outcome: HttpOutcome | NetworkFailure): number {
  if (outcome.kind === 'network') return EXIT.TROUBLE;
  const { status, body } = outcome;
  if (status >= 200 && status < 300) {
    const verdict = body?.verdict ?? body?.outcome;
    // A dry run whose guideline findings a GATE policy would refuse fails like a refused publish.
    if ((body?.guidelines as { blocking?: boolean } | null | undefined)?.blocking) return EXIT.REJECTED;
    return verdict === undefined || verdict === 'OK' ? EXIT.OK : EXIT.REJECTED;
  }
  const code = typeof body?.code === 'string' ? body.code : '';
  if (status === 401 || status === 403) return EXIT.AUTH;
  if (REJECTED_CODES.has(code)) return EXIT.REJECTED;
  if (INVALID_CODES.has(code) || (status >= 400 && status < 500 && status !== 429)) return EXIT.INVALID;
  return EXIT.TROUBLE;
}

export interface ReportContext {
  command: 'publish' | 'check';
  component: string;
  contract: string;
  version: string;
}

export function jsonReport(ctx: ReportContext, outcome: HttpOutcome | NetworkFailure): string {
  const exitCode = exitCodeOf(outcome);
  return JSON.stringify({
    ...ctx, ok: exitCode === 0, exitCode, attempts: outcome.attempts,
    ...(outcome.kind === 'network' ? { error: { code: 'NETWORK', message: outcome.message } } : { status: outcome.status, response: outcome.body }),
  });
}

interface GuidelinesView {
  mode?: string; profile?: string; profileVersion?: string | null; score?: number | null; blocking?: boolean; error?: string | null;
  counts?: Record<string, number> | null; findings?: { rule: string; severity: string; message: string; pointer: string; line: number; column: number }[];
}

// Dry-run guideline findings (issue #16), one line each with position, like a compiler.
function guidelineLines(g: GuidelinesView | null | undefined): string[] {
  if (!g) return [];
  const c = g.counts ?? {};
  const head = `  guidelines ${String(g.profile)}@${String(g.profileVersion ?? 'latest')} (${String(g.mode)}): score ${String(g.score ?? '–')}, ${c.error ?? 0} error, ${c.warn ?? 0} warn, ${c.info ?? 0} info, ${c.hint ?? 0} hint${g.blocking ? ' — a publish would be refused (GATE)' : ''}`;
  const lines = [head, ...(g.error ? [`    ✖ profile failed: ${g.error}`] : [])];
  for (const f of g.findings ?? []) lines.push(`    ${f.severity === 'error' ? '✖' : '•'} [${f.severity}] ${f.rule}: ${f.message} (${f.pointer}, line ${f.line}:${f.column})`);
  return lines;
}

interface ChangeView { id?: string; level?: string; pointer?: string; message?: string; operation?: string }

export function textReport(ctx: ReportContext, outcome: HttpOutcome | NetworkFailure): string {
  const at = `${ctx.component}/${ctx.contract}@${ctx.version}`;
  if (outcome.kind === 'network') return `✖ ${at}: registry unreachable after ${outcome.attempts} attempts: ${outcome.message}\n`;
  const b = outcome.body ?? {};
  const exit = exitCodeOf(outcome);
  const lines: string[] = [];
  if (outcome.status >= 200 && outcome.status < 300) {
    const report = (b.compatibility ?? null) as { changes?: ChangeView[]; mode?: string } | null;
    if (ctx.command === 'check' && b.alreadyPublished === true) {
      lines.push(`✔ ${at} is already published, identical (sha256 ${String(b.sha256)}): publishing it again is a no-op`);
    } else if (ctx.command === 'check') {
      const pred = b.predecessor ? `against ${String(b.predecessor)}` : '(first version)';
      lines.push(exit === 0 ? `✔ ${at} passes the check ${pred}: verdict ${String(b.verdict ?? b.outcome)}` : `✖ ${at} fails the check ${pred}: verdict ${String(b.verdict ?? b.outcome)}`);
    } else {
      lines.push(b.created === false ? `✔ ${at} was already published with identical content (sha256 ${String(b.sha256)})` : `✔ published ${at} (${String(b.kind)} ${String(b.specVersion)}, sha256 ${String(b.sha256)})`);
    }
    for (const c of report?.changes ?? []) lines.push(`  ${c.level === 'breaking' ? '✖' : '•'} [${c.level}] ${c.id}: ${c.message} (${c.pointer})`);
    lines.push(...guidelineLines(b.guidelines as GuidelinesView | null | undefined));
  } else {
    lines.push(`✖ ${at}: ${String(b.code ?? `HTTP ${outcome.status}`)}: ${String(b.detail ?? 'request failed')}`);
    for (const c of (b.causes as { message: string; pointer?: string; line?: number }[] | undefined) ?? []) {
      lines.push(`  - ${c.pointer ?? ''}${c.line ? ` (line ${c.line})` : ''}: ${c.message}`);
    }
    const changes = ((b.details as { changes?: ChangeView[] } | undefined)?.changes ?? []);
    for (const c of changes) lines.push(`  ✖ [${c.level}] ${c.id}: ${c.message} (${c.pointer})`);
  }
  return `${lines.join('\n')}\n`;
}
