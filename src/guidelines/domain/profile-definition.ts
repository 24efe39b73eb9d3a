// The declarative profile format: a Spectral ruleset restricted to data. Pure: no Nest, no TypeORM.
//
// A profile is YAML or JSON with `rules`, optional `extends`, `formats`, `description`, and per rule the
// Spectral keys plus our own `reason` and `requirement`. Functions are Spectral's core functions only;
// `functions`, `functionsDir`, `aliases`, `overrides`, `parserOptions` and `documentationUrl` at the top are
// refused, so an uploaded profile can never run code or make the server read a file or fetch a URL.

export const CORE_FUNCTIONS = [
  'alphabetical', 'casing', 'defined', 'enumeration', 'falsy', 'length', 'or', 'pattern', 'schema',
  'truthy', 'undefined', 'unreferencedReusableObject', 'xor',
] as const;
export type CoreFunction = (typeof CORE_FUNCTIONS)[number];

export const FORMAT_NAMES = ['oas2', 'oas3', 'oas3_0', 'oas3_1', 'asyncapi2', 'asyncapi3'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Built-in rulesets a profile may extend (resolved inside the worker, never loaded from anywhere). */
export const SPECTRAL_BUILTINS = ['spectral:oas', 'spectral:asyncapi'] as const;
export type SpectralBuiltin = (typeof SPECTRAL_BUILTINS)[number];

export type SeverityName = 'error' | 'warn' | 'info' | 'hint' | 'off';
export type ExtendsMode = 'off' | 'recommended' | 'all';

export interface RuleThen {
  field?: string;
  function: CoreFunction;
  functionOptions?: Record<string, unknown>;
}

export interface RuleDefinition {
  description?: string;
  message?: string;
  severity?: SeverityName;
  recommended?: boolean;
  formats?: FormatName[];
  resolved?: boolean;
  given?: string | string[];
  then?: RuleThen | RuleThen[];
  /** Why the rule exists (registry metadata, not passed to Spectral). */
  reason?: string;
  /** The guideline or standard it serves (registry metadata). */
  requirement?: string;
}

/** A rule entry: a full definition, or only a severity override of an inherited rule. */
export type RuleEntry = RuleDefinition | SeverityName | boolean;

/** `extends` entry as written: `spectral:oas`, `dstack`, `other-profile@1.2.0`, or `[ref, mode]`. */
export type ExtendsEntry = string | [string, ExtendsMode];

export interface ProfileDefinition {
  description?: string;
  extends?: ExtendsEntry[];
  formats?: FormatName[];
  rules: Record<string, RuleEntry>;
}

/** A profile with every `extends` replaced by what it points to (built-ins stay names). */
export interface ResolvedProfile {
  name: string;
  version: string;
  formats?: FormatName[];
  rules: Record<string, RuleEntry>;
  extends: { target: SpectralBuiltin | ResolvedProfile; mode: ExtendsMode }[];
}

export interface ProfileProblem {
  pointer: string;
  message: string;
}

const TOP_KEYS = new Set(['name', 'version', 'description', 'extends', 'formats', 'rules']);
const RULE_KEYS = new Set(['description', 'message', 'severity', 'recommended', 'formats', 'resolved', 'given', 'then', 'reason', 'requirement']);
const SEVERITIES = new Set(['error', 'warn', 'info', 'hint', 'off']);
const MODES = new Set(['off', 'recommended', 'all']);
const MAX_RULES = 500;
const MAX_GIVEN = 300;
const MAX_PATTERN = 200;
const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
// `name` or `name@semver` of a stored profile.
const PROFILE_REF = /^[a-z0-9][a-z0-9-]{0,62}(@[0-9A-Za-z.+-]{1,64})?$/;

/**
 * Checks a parsed profile document and returns every problem at once (RFC 6901 pointer + message).
 * References in `extends` are only checked for shape here; the service checks that they exist.
 */
export function validateProfileDefinition(doc: unknown): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const add = (pointer: string, message: string) => problems.push({ pointer, message });
  if (!isObject(doc)) return [{ pointer: '', message: 'a profile is an object with `rules`' }];
  for (const key of Object.keys(doc)) {
    if (key === 'functions' || key === 'functionsDir') add(`/${esc(key)}`, 'custom functions are not allowed: use Spectral core functions');
    else if (!TOP_KEYS.has(key)) add(`/${esc(key)}`, `unknown key "${key}" (allowed: ${[...TOP_KEYS].join(', ')})`);
  }
  if (doc.description !== undefined && typeof doc.description !== 'string') add('/description', 'must be a string');
  checkFormats(doc.formats, '/formats', add);
  checkExtends(doc.extends, add);
  if (!isObject(doc.rules)) {
    add('/rules', 'must be an object of rule id → rule');
    return problems;
  }
  const ids = Object.keys(doc.rules);
  if (ids.length > MAX_RULES) add('/rules', `at most ${MAX_RULES} rules`);
  for (const id of ids.slice(0, MAX_RULES)) checkRule(id, doc.rules[id], `/rules/${esc(id)}`, add);
  return problems;
}

function checkExtends(value: unknown, add: (p: string, m: string) => void): void {
  if (value === undefined) return;
  const entries = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(entries)) return add('/extends', 'must be a list');
  entries.forEach((e: unknown, i) => {
    const at = `/extends/${i}`;
    const ref = Array.isArray(e) ? e[0] : e;
    if (Array.isArray(e) && (e.length !== 2 || !MODES.has(e[1] as string))) add(`${at}/1`, 'mode must be off, recommended or all');
    if (typeof ref !== 'string') return add(at, 'must be a profile reference or [reference, mode]');
    if (SPECTRAL_BUILTINS.includes(ref as SpectralBuiltin)) return;
    if (ref.includes('/') || ref.includes(':') || ref.includes('\\')) add(at, `"${ref.slice(0, 80)}": only spectral:oas, spectral:asyncapi and profiles stored in this registry can be extended (no files, no URLs)`);
    else if (!PROFILE_REF.test(ref)) add(at, `"${ref.slice(0, 80)}" is not a profile reference (name or name@version)`);
  });
}

function checkRule(id: string, rule: unknown, at: string, add: (p: string, m: string) => void): void {
  if (!RULE_ID.test(id)) add(at, 'rule id: letters, digits, ".", "_", "-" (at most 100)');
  if (typeof rule === 'boolean') return;
  if (typeof rule === 'string') {
    if (!SEVERITIES.has(rule)) add(at, 'severity must be error, warn, info, hint or off');
    return;
  }
  if (!isObject(rule)) return add(at, 'must be a rule object, a severity or a boolean');
  for (const key of Object.keys(rule)) if (!RULE_KEYS.has(key)) add(`${at}/${esc(key)}`, `unknown rule key "${key}"`);
  for (const key of ['description', 'message', 'reason', 'requirement'] as const) {
    if (rule[key] !== undefined && typeof rule[key] !== 'string') add(`${at}/${key}`, 'must be a string');
  }
  if (rule.severity !== undefined && !SEVERITIES.has(rule.severity as string)) add(`${at}/severity`, 'must be error, warn, info, hint or off');
  for (const key of ['recommended', 'resolved'] as const) if (rule[key] !== undefined && typeof rule[key] !== 'boolean') add(`${at}/${key}`, 'must be a boolean');
  checkFormats(rule.formats, `${at}/formats`, add);
  // A rule with neither `given` nor `then` overrides an inherited rule (e.g. its severity).
  if (rule.given === undefined && rule.then === undefined) return;
  checkGiven(rule.given, `${at}/given`, add);
  if (rule.then === undefined) return add(`${at}/then`, 'required');
  const thens = Array.isArray(rule.then) ? rule.then : [rule.then];
  thens.forEach((t: unknown, i) => checkThen(t, Array.isArray(rule.then) ? `${at}/then/${i}` : `${at}/then`, add));
}

function checkGiven(given: unknown, at: string, add: (p: string, m: string) => void): void {
  const list = Array.isArray(given) ? given : [given];
  if (list.length === 0) add(at, 'at least one JSONPath');
  list.forEach((g: unknown, i) => {
    const p = Array.isArray(given) ? `${at}/${i}` : at;
    if (typeof g !== 'string' || !g.startsWith('$')) add(p, 'must be a JSONPath starting with $');
    else if (g.length > MAX_GIVEN) add(p, `at most ${MAX_GIVEN} characters`);
  });
}

function checkThen(then: unknown, at: string, add: (p: string, m: string) => void): void {
  if (!isObject(then)) return add(at, 'must be an object with `function`');
  for (const key of Object.keys(then)) if (!['field', 'function', 'functionOptions'].includes(key)) add(`${at}/${esc(key)}`, `unknown key "${key}"`);
  if (then.field !== undefined && (typeof then.field !== 'string' || then.field.length > MAX_GIVEN)) add(`${at}/field`, 'must be a string');
  if (typeof then.function !== 'string' || !CORE_FUNCTIONS.includes(then.function as CoreFunction)) {
    add(`${at}/function`, `"${String(then.function).slice(0, 60)}" is not a core function (${CORE_FUNCTIONS.join(', ')}); custom JavaScript is not allowed`);
  }
  if (then.functionOptions !== undefined && !isObject(then.functionOptions)) add(`${at}/functionOptions`, 'must be an object');
  if (isObject(then.functionOptions)) {
    for (const key of ['match', 'notMatch'] as const) checkPattern(then.functionOptions[key], `${at}/functionOptions/${key}`, add);
  }
}

// Patterns run against document text in the worker (time-bounded); still refuse the obvious
// catastrophic shapes — a quantified group that itself ends in a quantifier, like (a+)+ — and long ones.
const NESTED_QUANTIFIER = /\([^()]{0,200}[+*}]\)[+*{]/;
function checkPattern(value: unknown, at: string, add: (p: string, m: string) => void): void {
  if (value === undefined) return;
  if (typeof value !== 'string') return add(at, 'must be a string');
  if (value.length > MAX_PATTERN) return add(at, `at most ${MAX_PATTERN} characters`);
  if (NESTED_QUANTIFIER.test(value)) add(at, 'nested quantifiers are not allowed (catastrophic backtracking)');
  try {
    const m = /^\/(.+)\/([a-z]*)$/.exec(value);
    new RegExp(m ? m[1] : value, m ? m[2] : undefined);
  } catch (err) {
    add(at, `not a valid regular expression: ${(err as Error).message}`);
  }
}

function checkFormats(value: unknown, at: string, add: (p: string, m: string) => void): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) return add(at, 'must be a list');
  value.forEach((f: unknown, i) => {
    if (!FORMAT_NAMES.includes(f as FormatName)) add(`${at}/${i}`, `unknown format "${String(f).slice(0, 40)}" (${FORMAT_NAMES.join(', ')})`);
  });
}

/** `extends` entries as (reference, mode) pairs; Spectral's default mode is `recommended`. */
export function extendsEntries(def: ProfileDefinition): { ref: string; mode: ExtendsMode }[] {
  const raw = def.extends === undefined ? [] : typeof def.extends === 'string' ? [def.extends] : def.extends;
  return raw.map((e) => (Array.isArray(e) ? { ref: e[0], mode: e[1] } : { ref: e, mode: 'recommended' as const }));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function esc(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
