// `--ignore FILE`: accepted findings, by fingerprint or by rule id + path/operation, each with a
// reason and an optional expiry. Expired entries no longer apply; expired and unused ones are reported.
import { parse } from 'yaml';
import { FINGERPRINT_SHAPE } from '../../compatibility/engine/fingerprint.js';
import { UsageError } from '../commands/command.js';
import { readText } from '../load-document.js';

export interface IgnoreEntry {
  /** 1-based position in the file's list, for reports. */
  index: number;
  fingerprint?: string;
  id?: string;
  /** Path template (`/antraege/{id}`): matches the finding's operation path. */
  path?: string;
  /** `GET /antraege/{id}`: matches the finding's operation exactly. */
  operation?: string;
  reason: string;
  /** `YYYY-MM-DD`; the entry applies up to and including that day (UTC). */
  expires?: string;
}

export interface IgnorableFinding {
  id: string;
  operation?: string;
  fingerprint: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN = new Set(['fingerprint', 'id', 'path', 'operation', 'reason', 'expires']);

function entryOf(raw: unknown, index: number, file: string): IgnoreEntry {
  const bad = (why: string) => new UsageError(`${file}: entry ${index}: ${why}`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw bad('must be a mapping');
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!KNOWN.has(k)) throw bad(`unknown key '${k}'`);
  const str = (k: string): string | undefined => {
    const v = r[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || v.length === 0 || v.length > 500) throw bad(`'${k}' must be a non-empty string`);
    return v;
  };
  const e: IgnoreEntry = { index, fingerprint: str('fingerprint'), id: str('id'), path: str('path'), operation: str('operation'), reason: str('reason') ?? '', expires: str('expires') };
  if (!e.reason) throw bad("'reason' is required");
  if (!e.fingerprint && !e.id) throw bad("needs 'fingerprint' or 'id'");
  if (e.fingerprint && !FINGERPRINT_SHAPE.test(e.fingerprint)) throw bad(`'${e.fingerprint}' is not a fingerprint (fp1_ and 20 hex digits)`);
  if (e.id && !e.path && !e.operation) throw bad("an 'id' entry needs 'path' or 'operation'");
  if (e.expires && (!DATE.test(e.expires) || Number.isNaN(Date.parse(`${e.expires}T00:00:00Z`)))) throw bad("'expires' must be a date YYYY-MM-DD");
  return e;
}

/** Reads an ignore file: `ignore: [ … ]` or a bare list. */
export function readIgnoreFile(file: string): IgnoreEntry[] {
  let doc: unknown;
  try {
    doc = parse(readText(file), { maxAliasCount: 0, uniqueKeys: true });
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { ignore?: unknown } | null)?.ignore;
  if (!Array.isArray(list)) throw new UsageError(`${file}: expected a list under 'ignore:'`);
  if (list.length > 10_000) throw new UsageError(`${file}: more than 10000 entries`);
  return list.map((raw, i) => entryOf(raw, i + 1, file));
}

export function isExpired(e: IgnoreEntry, now: Date): boolean {
  return e.expires !== undefined && Date.parse(`${e.expires}T23:59:59.999Z`) < now.getTime();
}

function matches(e: IgnoreEntry, f: IgnorableFinding): boolean {
  if (e.fingerprint) return e.fingerprint === f.fingerprint && (!e.id || e.id === f.id);
  if (e.id !== f.id) return false;
  if (e.operation) return e.operation === f.operation;
  const path = f.operation?.slice(f.operation.indexOf(' ') + 1);
  return path === e.path;
}

export interface IgnoreOutcome<F> {
  kept: F[];
  ignored: Array<{ finding: F; entry: IgnoreEntry }>;
  expired: IgnoreEntry[];
  unused: IgnoreEntry[];
}

/** Splits findings into kept and ignored; reports expired entries and entries that matched nothing. */
export function applyIgnores<F extends IgnorableFinding>(findings: F[], entries: IgnoreEntry[], now: Date): IgnoreOutcome<F> {
  const active = entries.filter((e) => !isExpired(e, now));
  const used = new Set<IgnoreEntry>();
  const out: IgnoreOutcome<F> = { kept: [], ignored: [], expired: entries.filter((e) => isExpired(e, now)), unused: [] };
  for (const f of findings) {
    const entry = active.find((e) => matches(e, f));
    if (entry) {
      used.add(entry);
      out.ignored.push({ finding: f, entry });
    } else {
      out.kept.push(f);
    }
  }
  out.unused = active.filter((e) => !used.has(e));
  return out;
}
