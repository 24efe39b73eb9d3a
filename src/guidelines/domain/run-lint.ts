import spectralCore, { type RulesetDefinition } from '@stoplight/spectral-core';
import * as functions from '@stoplight/spectral-functions';
import { aas2, aas3, oas2, oas3, oas3_0, oas3_1 } from '@stoplight/spectral-formats';
import spectralParsers from '@stoplight/spectral-parsers';
import { InternalRefResolver } from './internal-ref-resolver.js';
import { locatePointers } from './locate-findings.js';
import { asyncapi, oas } from '@stoplight/spectral-rulesets';
import type { Format } from '@stoplight/spectral-core';
import { MAX_STORED_FINDINGS, scoreOf, type FindingSeverity, type GuidelineFinding, type GuidelineOutcome, type SeverityCounts } from './lint-types.js';
import type { CoreFunction, FormatName, ResolvedProfile, RuleDefinition, RuleEntry, RuleThen, SpectralBuiltin } from './profile-definition.js';

const { Spectral, Document, Ruleset } = spectralCore;
const Parsers = spectralParsers;
type SpectralRuleset = InstanceType<typeof Ruleset>;

// Spectral runs here on data only: the profile is a plain object built from stored YAML (no ruleset file
// is ever loaded), and the resolver has no readers, so a $ref can never make it read a file or fetch a URL.

const FORMATS: Record<FormatName, Format> = { oas2, oas3, oas3_0, oas3_1, asyncapi2: aas2, asyncapi3: aas3 };
const CORE: Record<CoreFunction, unknown> = {
  alphabetical: functions.alphabetical, casing: functions.casing, defined: functions.defined, enumeration: functions.enumeration,
  falsy: functions.falsy, length: functions.length, or: functions.or, pattern: functions.pattern, schema: functions.schema,
  truthy: functions.truthy, undefined: functions.undefined,
  unreferencedReusableObject: functions.unreferencedReusableObject, xor: functions.xor,
};
const BUILTINS: Record<SpectralBuiltin, unknown> = { 'spectral:oas': oas, 'spectral:asyncapi': asyncapi };
const SEVERITY_OF: FindingSeverity[] = ['error', 'warn', 'info', 'hint'];

/** The Spectral ruleset definition of a resolved profile: core functions and formats put in by name. */
export function toSpectralDefinition(profile: ResolvedProfile): RulesetDefinition {
  const flat = flatten(profile);
  const rules: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(flat.rules)) rules[id] = toSpectralRule(entry);
  const def: Record<string, unknown> = { rules };
  if (flat.builtins.length > 0) def.extends = flat.builtins.map(({ target, mode }) => [BUILTINS[target], mode]);
  if (profile.formats) def.formats = profile.formats.map((f) => FORMATS[f]);
  return def as unknown as RulesetDefinition;
}

// Registry profiles are inlined instead of nested: Spectral re-applies an extends mode to every rule of the
// extended ruleset, its own extends included, so `extends: [dstack]` would switch spectral:oas's recommended
// rules back on. Flattened, an extended profile means "its rules as it defines them" ("off": all off), and the
// extending profile's entries win (a bare severity only re-grades the inherited definition).
function flatten(profile: ResolvedProfile): { builtins: { target: SpectralBuiltin; mode: string }[]; rules: Record<string, RuleEntry> } {
  const builtins: { target: SpectralBuiltin; mode: string }[] = [];
  let rules: Record<string, RuleEntry> = {};
  for (const { target, mode } of profile.extends) {
    if (typeof target === 'string') {
      builtins.push({ target, mode });
      continue;
    }
    const inner = flatten(target);
    builtins.push(...inner.builtins);
    const innerRules = mode === 'off' ? Object.fromEntries(Object.entries(inner.rules).map(([id, r]) => [id, regrade(r, 'off')])) : inner.rules;
    rules = merge(rules, innerRules);
  }
  return { builtins, rules: merge(rules, profile.rules) };
}

function merge(base: Record<string, RuleEntry>, over: Record<string, RuleEntry>): Record<string, RuleEntry> {
  const out = { ...base };
  for (const [id, entry] of Object.entries(over)) {
    const inherited = out[id];
    const bare = typeof entry !== 'object' || (entry.given === undefined && entry.then === undefined);
    const sev = typeof entry === 'object' ? entry.severity : entry;
    out[id] = bare && inherited !== undefined && sev !== undefined ? regrade(inherited, sev) : entry;
  }
  return out;
}

function regrade(entry: RuleEntry, severity: RuleEntry & (string | boolean)): RuleEntry {
  if (typeof entry !== 'object') return severity;
  const sev = severity === true ? (entry.severity ?? 'warn') : severity === false ? 'off' : severity;
  return { ...entry, severity: sev as RuleDefinition['severity'] };
}

function toSpectralRule(entry: RuleEntry): unknown {
  if (typeof entry !== 'object') return entry;
  // Without given/then the entry re-configures an inherited rule; Spectral takes only its severity then.
  if (entry.given === undefined && entry.then === undefined) return entry.severity ?? true;
  const { reason: _r, requirement: _q, formats, then, ...rest } = entry as RuleDefinition;
  void _r;
  void _q;
  const out: Record<string, unknown> = { ...rest };
  if (formats) out.formats = formats.map((f) => FORMATS[f]);
  if (then) out.then = Array.isArray(then) ? then.map(toSpectralThen) : toSpectralThen(then);
  return out;
}

function toSpectralThen(then: RuleThen): unknown {
  return { ...then, function: CORE[then.function] };
}

/** Builds (and so validates) the Spectral ruleset; throws Spectral's aggregated validation error. */
export function buildRuleset(profile: ResolvedProfile): SpectralRuleset {
  return new Ruleset(toSpectralDefinition(profile), { severity: 'recommended' });
}

// Building a ruleset costs up to a few hundred milliseconds cold; a worker lints many documents with few profiles.
const RULESETS = new Map<string, SpectralRuleset>();
const MAX_CACHED_RULESETS = 16;

function cachedRuleset(profile: ResolvedProfile): SpectralRuleset {
  const key = JSON.stringify(profile);
  let ruleset = RULESETS.get(key);
  if (!ruleset) {
    ruleset = buildRuleset(profile);
    if (RULESETS.size >= MAX_CACHED_RULESETS) RULESETS.delete(RULESETS.keys().next().value as string);
    RULESETS.set(key, ruleset);
  }
  return ruleset;
}

/**
 * Lints one document (YAML or JSON, already validated by the parse pipeline). With `data` (the parsed
 * document the pipeline produced) Spectral does not parse the text again: positions are computed for the
 * findings only, by the pipeline's locator (a linear scan) — on a 4 MB document this halves the time.
 */
export async function lintDocument(text: string, syntax: 'yaml' | 'json', profile: ResolvedProfile, data?: unknown): Promise<GuidelineOutcome> {
  const ruleset = cachedRuleset(profile);
  const spectral = new Spectral({ resolver: new InternalRefResolver() as never });
  spectral.setRuleset(ruleset as never);
  // A JSON round trip turns YAML aliases (one object at several places) into a tree: Spectral's JSONPath
  // engine keeps per-object state and fails on shared objects in the unresolved document.
  const document = data !== undefined ? new Document(text, preParsed(JSON.parse(JSON.stringify(data))) as never, 'document')
    : syntax === 'json' ? new Document(text, Parsers.Json, 'document') : new Document(text, Parsers.Yaml, 'document');
  const results = await spectral.run(document, { ignoreUnknownFormat: true });
  let findings: GuidelineFinding[] = results
    .filter((r) => r.severity >= 0 && r.severity <= 3)
    .map((r) => ({
      rule: String(r.code),
      severity: SEVERITY_OF[r.severity],
      message: r.message,
      pointer: toPointer(r.path),
      line: r.range.start.line + 1,
      column: r.range.start.character + 1,
    }));
  if (data !== undefined) findings = withPositions(findings, text, syntax);
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const applicable = applicableRules(ruleset, document.data);
  const failed = new Set(findings.map((f) => f.rule));
  return {
    profile: profile.name,
    profileVersion: profile.version,
    score: scoreOf(applicable, failed),
    counts: countBySeverity(findings),
    findings: findings.slice(0, MAX_STORED_FINDINGS),
    truncated: findings.length > MAX_STORED_FINDINGS,
    rulesApplied: applicable.length,
    rulesPassed: applicable.filter((r) => !failed.has(r.rule)).length,
  };
}

function applicableRules(ruleset: SpectralRuleset, data: unknown): { rule: string; severity: FindingSeverity }[] {
  const detected = new Set(Object.values(FORMATS).filter((f) => f(data, null)));
  return Object.values(ruleset.rules)
    .filter((r) => r.enabled && r.severity >= 0 && r.severity <= 3 && r.matchesFormat(detected))
    .map((r) => ({ rule: r.name, severity: SEVERITY_OF[r.severity] }));
}

// A Spectral parser that hands over the already parsed document and leaves positions to withPositions.
function preParsed(data: unknown) {
  return {
    parse: () => ({ data, diagnostics: [], ast: {}, lineMap: [] }),
    getLocationForJsonPath: () => undefined,
    trapAccess: <T>(obj: T) => obj,
  };
}

function withPositions(findings: GuidelineFinding[], text: string, syntax: 'yaml' | 'json'): GuidelineFinding[] {
  const located = locatePointers([...new Set(findings.map((f) => f.pointer))], text, syntax);
  return findings.map((f) => {
    const at = located.get(f.pointer);
    return { ...f, line: at?.line ?? 1, column: at?.column ?? 1 };
  });
}

function countBySeverity(findings: GuidelineFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warn: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function toPointer(path: readonly (string | number)[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
