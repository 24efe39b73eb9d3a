// Requirement sets: the official ARF High-Level Requirements (one set per ARF release) and our own
// built-in catalogue share one shape, so verdicts, validation and diffs treat them alike.

import { DomainError, type ErrorCause } from '../../common/errors/domain-error.js';
import { parseCsv } from './csv.js';
import { rolesForArfRequirement, type ConformanceRole } from './roles.js';

export const ARF_HLR_SET_NAME = 'EUDI-ARF-HLR';

export interface Requirement {
  /** Harmonised id, e.g. `EW-PIO-01-007`. Not unique in ARF 2.8.0 and renumbered between releases. */
  harmonisedId: string;
  /** Legacy index, e.g. `OIA_03c`: unique and stable across 2.8.0 → 3.0.0; null where a set has none. */
  legacyIndex: string | null;
  part: string;
  category: string;
  /** Topic title, e.g. `Accessing Online Services with a Wallet Unit`. */
  topic: string;
  topicNumber: number | null;
  subsection: string | null;
  text: string;
  notes: string | null;
  /** The ARF keeps withdrawn requirements as placeholder rows whose text is "Empty". */
  withdrawn: boolean;
  /** Component roles the requirement addresses; empty when it only binds wallets or registrars. */
  appliesTo: readonly ConformanceRole[];
}

export interface RequirementSet {
  name: string;
  version: string;
  requirements: readonly Requirement[];
}

export const ARF_CSV_HEADER = [
  'Harmonized_ID',
  'Part',
  'Category',
  'Topic',
  'Topic_Number',
  'Topic_Title',
  'Subsection',
  'Index',
  'Requirement_specification',
  'Notes',
] as const;

type ArfColumn = (typeof ARF_CSV_HEADER)[number];

/**
 * Parses an official ARF High-Level Requirements CSV (UTF-8, optional BOM, `;`-separated, RFC 4180
 * quoting). Bytes are decoded strictly as UTF-8. Throws INVALID_DOCUMENT listing every bad row.
 */
export function parseArfCsv(input: string | Uint8Array): Requirement[] {
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  const [header, ...rows] = parseCsv(text, { delimiter: ';' });
  const columns = headerColumns(header ?? []);
  const problems: ErrorCause[] = [];
  const requirements: Requirement[] = [];
  rows.forEach((row, i) => {
    if (row.length === 1 && row[0]?.trim() === '') {
      return;
    }
    const cause = rowProblem(row, i + 1, header?.length ?? 0);
    if (cause) {
      problems.push(cause);
    } else {
      requirements.push(toRequirement((c) => (row[columns[c]] ?? '').trim()));
    }
  });
  if (problems.length > 0) {
    throw new DomainError('INVALID_DOCUMENT', 'The requirements CSV has invalid rows', problems);
  }
  return requirements;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('INVALID_DOCUMENT', 'The requirements CSV is not valid UTF-8');
  }
}

function headerColumns(header: readonly string[]): Record<ArfColumn, number> {
  const names = header.map((h) => h.trim());
  const missing = ARF_CSV_HEADER.filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw new DomainError(
      'INVALID_DOCUMENT',
      `The requirements CSV lacks the column(s) ${missing.join(', ')}`,
      missing.map((c) => ({ message: `missing column ${c}`, pointer: '/0', code: 'MISSING_COLUMN' })),
    );
  }
  const entries = ARF_CSV_HEADER.map((c) => [c, names.indexOf(c)] as const);
  return Object.fromEntries(entries) as Record<ArfColumn, number>;
}

function rowProblem(row: readonly string[], rowNo: number, width: number): ErrorCause | null {
  const pointer = `/${rowNo}`;
  if (row.length !== width) {
    return { message: `row ${rowNo} has ${row.length} fields, expected ${width}`, pointer, code: 'ROW_WIDTH' };
  }
  if (row[0]?.trim() === '') {
    return { message: `row ${rowNo} has no Harmonized_ID`, pointer, code: 'MISSING_ID' };
  }
  return null;
}

const WITHDRAWN_TEXT = /^empty\.?$/i;

function toRequirement(cell: (c: ArfColumn) => string): Requirement {
  const text = cell('Requirement_specification');
  const topicNumber = Number.parseInt(cell('Topic_Number'), 10);
  const withdrawn = WITHDRAWN_TEXT.test(text);
  return {
    harmonisedId: cell('Harmonized_ID'),
    legacyIndex: cell('Index') || null,
    part: cell('Part'),
    category: cell('Category'),
    topic: cell('Topic_Title') || cell('Topic'),
    topicNumber: Number.isNaN(topicNumber) ? null : topicNumber,
    subsection: cell('Subsection') || null,
    text,
    notes: cell('Notes') || null,
    withdrawn,
    appliesTo: withdrawn ? [] : rolesForArfRequirement(cell('Category'), text),
  };
}

export type RequirementLookup =
  | { kind: 'found'; requirement: Requirement }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; candidates: readonly Requirement[] };

/**
 * Finds a requirement by legacy index or harmonised id. A harmonised id that names several rows
 * (ARF 2.8.0 has eight such ids) is ambiguous: the caller should use the legacy index instead.
 */
export function findRequirement(set: RequirementSet, id: string): RequirementLookup {
  const byIndex = set.requirements.filter((r) => r.legacyIndex === id);
  const matches = byIndex.length > 0 ? byIndex : set.requirements.filter((r) => r.harmonisedId === id);
  if (matches.length === 0) {
    return { kind: 'unknown' };
  }
  const [first] = matches;
  return matches.length === 1 && first ? { kind: 'found', requirement: first } : { kind: 'ambiguous', candidates: matches };
}
