// Hand-written OpenID conformance-suite style exports for tests (our own example data).
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface TestLogOverrides {
  testName?: string;
  testId?: string;
  result?: string | null;
  status?: string;
  planName?: string;
  variant?: Record<string, string>;
}

export const HAIP_VERIFIER_PLAN = 'oid4vp-1final-verifier-haip-test-plan';

export function makeTestLog(o: TestLogOverrides = {}): Record<string, unknown> {
  return {
    exportedFrom: 'https://conformance.example.test',
    exportedVersion: '5.1.0',
    exportedTime: '2026-11-20T10:00:00Z',
    testInfo: {
      testId: o.testId ?? 'Ab12Cd34Ef',
      testName: o.testName ?? 'oid4vp-1final-verifier-happy-flow',
      planId: 'PlanXyz123',
      planName: o.planName ?? HAIP_VERIFIER_PLAN,
      variant: o.variant ?? { credential_format: 'sd_jwt_vc', client_id_prefix: 'x509_hash', response_mode: 'direct_post.jwt' },
      result: o.result === undefined ? 'PASSED' : o.result,
      status: o.status ?? 'FINISHED',
    },
    results: [{ result: 'SUCCESS', src: 'EnsureResponseIsEncrypted' }],
  };
}

export function logFileName(log: Record<string, unknown>): string {
  const info = log['testInfo'] as { testName: string; testId: string };
  return `test-log-${info.testName}-${info.testId}.json`;
}

/** A ZIP holding the given logs (named after their module and id) plus any extra entries. */
export function makeExportZip(logs: Record<string, unknown>[], extra: Zippable = {}): Uint8Array {
  const files: Zippable = { ...extra };
  for (const log of logs) {
    files[logFileName(log)] = strToU8(JSON.stringify(log));
  }
  return zipSync(files, { mtime: new Date('2026-11-20T10:00:00Z') });
}
