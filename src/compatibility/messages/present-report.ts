// How the server shows a compatibility report over REST: each change with its fingerprint (the one
// the CLI computes, see engine/fingerprint.ts) and its message in the language the client asked for.
import type { Change, DiffReport } from '../engine/change.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { catalogueKeyOf } from '../engine/rule-catalogue.js';
import { localizeMessage, type Lang } from './catalogue.js';

export type PresentedChange = Change & { fingerprint: string };

function isReport(r: unknown): r is DiffReport {
  const x = r as Partial<DiffReport> | null;
  return !!x && (x.kind === 'openapi' || x.kind === 'asyncapi') && Array.isArray(x.changes);
}

/**
 * The fingerprint is always over the English message (what the engine emits), whatever `lang`.
 * Anything that is not a report (null for a first version, older stored shapes) passes unchanged.
 */
export function presentReport<R>(report: R, lang: Lang): R {
  if (!isReport(report)) return report;
  return {
    ...report,
    changes: report.changes.map((c) => ({
      ...c,
      message: localizeMessage(catalogueKeyOf(report.kind, c.id), c.message, lang),
      fingerprint: fingerprintOf(report.kind, c),
    })),
  } as R;
}

/** The preferred of our languages in an Accept-Language header (RFC 9110 q-values); English otherwise. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'en';
  let best: { lang: Lang; q: number } = { lang: 'en', q: 0 };
  for (const part of header.slice(0, 500).split(',').slice(0, 20)) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const primary = tag.split('-')[0];
    if ((primary === 'de' || primary === 'en') && Number.isFinite(q) && q > best.q) best = { lang: primary, q };
  }
  return best.lang;
}
