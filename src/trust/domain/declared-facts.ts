import { z } from 'zod';
import type { ErrorCause } from '../../common/errors/domain-error.js';

// Self-declared facts of a component: its operating model (sovereignty) and, for AI systems, AI
// transparency. Validated here; stored append-only (a new version supersedes, nothing is edited).

const url = z.string().trim().max(2048).url().refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');
const text = (max = 2000) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const HOSTING_MODELS = ['OWN_DATA_CENTRE', 'PUBLIC_SECTOR_CLOUD', 'COMMERCIAL_CLOUD', 'HYPERSCALER'] as const;
export const SEAL_LEVELS = ['SEAL_0', 'SEAL_1', 'SEAL_2', 'SEAL_3', 'SEAL_4'] as const;
export const AI_RISK_CLASSES = ['PROHIBITED', 'HIGH', 'LIMITED', 'MINIMAL'] as const;

export const OPERATING_MODEL = z.object({
  operators: z.array(z.object({ name: text(200), email: z.string().trim().email().max(320).optional(), role: text(200).optional() }).strict()).min(1).max(50),
  hostingModel: z.enum(HOSTING_MODELS),
  dataLocation: z.object({ country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. DE'), region: text(200).optional() }).strict(),
  exitPlan: z.object({ documentUrl: url, lastTested: isoDate.nullable().optional() }).strict().nullable().optional(),
  auditRights: text().nullable().optional(),
  sla: z.object({ availabilityPercent: z.number().min(0).max(100), supportHours: text(200) }).strict().nullable().optional(),
  sovereignty: z.object({ sealLevel: z.enum(SEAL_LEVELS), evidenceUrl: url.nullable().optional(), frameworkVersion: text(50).default('EU Cloud Sovereignty Framework 1.2.1') }).strict().nullable().optional(),
}).strict();
export type OperatingModel = z.infer<typeof OPERATING_MODEL>;

export const AI_TRANSPARENCY = z.object({
  aiSystem: z.boolean(),
  modelCardUrl: url.nullable().optional(),
  trainingDataProvenance: text(10_000).nullable().optional(),
  governanceContact: z.object({ name: text(200), email: z.string().trim().email().max(320) }).strict().nullable().optional(),
  riskClass: z.enum(AI_RISK_CLASSES).nullable().optional(),
  humanOversight: text(10_000).nullable().optional(),
}).strict().superRefine((v, ctx) => {
  if (!v.aiSystem) return;
  // A component marked as an AI system must say at least these.
  for (const key of ['modelCardUrl', 'trainingDataProvenance', 'governanceContact', 'riskClass', 'humanOversight'] as const) {
    if (v[key] == null) ctx.addIssue({ code: 'custom', path: [key], message: `required for an AI system` });
  }
});
export type AiTransparency = z.infer<typeof AI_TRANSPARENCY>;

export function zodCauses(error: z.ZodError, base: string): ErrorCause[] {
  return error.issues.map((i) => ({ pointer: `${base}/${i.path.map(String).join('/')}`.replace(/\/$/, ''), message: i.message }));
}

export type Validated<T> = { ok: true; value: T } | { ok: false; causes: ErrorCause[] };

export function validateOperatingModel(input: unknown): Validated<OperatingModel> {
  const r = OPERATING_MODEL.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, causes: zodCauses(r.error, '/input') };
}

export function validateAiTransparency(input: unknown): Validated<AiTransparency> {
  const r = AI_TRANSPARENCY.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, causes: zodCauses(r.error, '/input') };
}
