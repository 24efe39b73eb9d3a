// The registry-wide overview: which component claims which role, in which (effective) status.
// One row per component and claimed role; a component without a record gets one NO_RECORD row.

import type { ConformanceRecord, EffectiveStatus } from './conformance-record.js';
import { writeCsv } from './csv.js';
import { effectiveStatus, type Staleness } from './evaluate-staleness.js';
import { CONFORMANCE_ROLES, type ConformanceRole } from './roles.js';

export interface OverviewEntry {
  componentSlug: string;
  /** The component's current record, or null when it has none. */
  record: (Pick<ConformanceRecord, 'roles' | 'status' | 'arfVersion' | 'validUntil' | 'verdicts'> & { id: string }) | null;
  /** Staleness of that record, computed by the caller at the same `now`. */
  staleness: Staleness | null;
}

export interface OverviewRow {
  component: string;
  role: ConformanceRole | null;
  status: EffectiveStatus | 'NO_RECORD';
  recordId: string | null;
  arfVersion: string | null;
  validUntil: Date | null;
  /** Verdicts SATISFIED / verdicts other than NOT_ASSESSED and NOT_APPLICABLE. */
  satisfied: number;
  assessed: number;
  staleReasons: readonly string[];
}

export function buildOverview(entries: readonly OverviewEntry[]): OverviewRow[] {
  return [...entries]
    .sort((a, b) => (a.componentSlug < b.componentSlug ? -1 : a.componentSlug > b.componentSlug ? 1 : 0))
    .flatMap((entry) => rowsOf(entry));
}

function rowsOf({ componentSlug, record, staleness }: OverviewEntry): OverviewRow[] {
  if (!record) {
    return [{ component: componentSlug, role: null, status: 'NO_RECORD', recordId: null, arfVersion: null, validUntil: null, satisfied: 0, assessed: 0, staleReasons: [] }];
  }
  const fresh: Staleness = { stale: false, reasons: [] };
  const status = effectiveStatus(record.status, staleness ?? fresh);
  const assessed = record.verdicts.filter((v) => v.verdict !== 'NOT_ASSESSED' && v.verdict !== 'NOT_APPLICABLE');
  const reasons = [...new Set((staleness?.reasons ?? []).map((r) => r.code))];
  return CONFORMANCE_ROLES.filter((role) => record.roles.includes(role)).map((role) => ({
    component: componentSlug,
    role,
    status,
    recordId: record.id,
    arfVersion: record.arfVersion,
    validUntil: record.validUntil,
    satisfied: assessed.filter((v) => v.verdict === 'SATISFIED').length,
    assessed: assessed.length,
    staleReasons: status === 'STALE' ? reasons : [],
  }));
}

export const OVERVIEW_CSV_HEADER = ['component', 'role', 'status', 'record_id', 'arf_version', 'valid_until', 'satisfied', 'assessed', 'stale_reasons'] as const;

/** RFC 4180 CSV (comma, CRLF, quotes only where needed) with a header line. */
export function toCsv(rows: readonly OverviewRow[]): string {
  const lines = rows.map((r) =>
    [r.component, r.role ?? '', r.status, r.recordId ?? '', r.arfVersion ?? '', r.validUntil?.toISOString() ?? '', String(r.satisfied), String(r.assessed), r.staleReasons.join(' ')].map(neutraliseFormula),
  );
  return writeCsv([[...OVERVIEW_CSV_HEADER], ...lines]);
}

// Spreadsheet programs run cells that start with these characters as formulas (CSV injection).
function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
