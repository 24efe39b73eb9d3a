// OpenID Foundation conformance-suite exports: a ZIP with one `test-log-<module>-<testId>.json` per
// test module run. Each log carries `testInfo` (testName, testId, variant, planId, result, status).
// We keep only what a verdict needs: which modules ran under which plan and how they ended.

import { DomainError, type ErrorCause } from '../../common/errors/domain-error.js';
import { DEFAULT_ZIP_LIMITS, MAX_ENTRY_NAME_BYTES, safeUnzip, type ZipLimits } from './safe-unzip.js';

export const OIDF_RESULTS = ['PASSED', 'FAILED', 'WARNING', 'REVIEW', 'SKIPPED', 'INTERRUPTED'] as const;
export type OidfResult = (typeof OIDF_RESULTS)[number];

export interface OidfModuleResult {
  /** Entry name inside the ZIP. */
  file: string;
  /** Test module name, e.g. `oid4vp-1final-verifier-happy-flow`. */
  module: string;
  testId: string;
  result: OidfResult;
  planName: string | null;
  planId: string | null;
  variant: Readonly<Record<string, string>>;
}

const TEST_ID = /^[A-Za-z0-9]+$/;

/**
 * `[folder/]test-log-<module>-<testId>.json`. Module names contain hyphens, test ids do not: split at
 * the last hyphen. Linear string operations on a length-capped name (issue #11, finding 5: the former
 * pattern `^(?:.*\/)?test-log-(.+)-([A-Za-z0-9]+)\.json$` backtracked quadratically on long names).
 */
export function parseTestLogName(name: string): { module: string; testId: string } | null {
  if (name.length > MAX_ENTRY_NAME_BYTES) return null;
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (!base.startsWith('test-log-') || !base.endsWith('.json')) return null;
  const stem = base.slice('test-log-'.length, base.length - '.json'.length);
  const dash = stem.lastIndexOf('-');
  if (dash <= 0) return null;
  const testId = stem.slice(dash + 1);
  return TEST_ID.test(testId) ? { module: stem.slice(0, dash), testId } : null;
}

export function isTestLogName(name: string): boolean {
  return parseTestLogName(name) !== null;
}

/** Reads all test logs of an export. Rejects with INVALID_DOCUMENT listing every unreadable log. */
export async function readOidfExport(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<OidfModuleResult[]> {
  const { files } = await safeUnzip(bytes, isTestLogName, limits);
  const problems: ErrorCause[] = [];
  const modules: OidfModuleResult[] = [];
  for (const [name, content] of files) {
    const parsed = readLog(name, content);
    if ('problem' in parsed) {
      problems.push({ message: parsed.problem, pointer: `/${name}`, code: 'OIDF_LOG_INVALID' });
    } else {
      modules.push(parsed);
    }
  }
  if (problems.length > 0) {
    throw new DomainError('INVALID_DOCUMENT', 'The conformance-suite export has unreadable test logs', problems);
  }
  if (modules.length === 0) {
    throw new DomainError('INVALID_DOCUMENT', 'The ZIP holds no test-log-<module>-<id>.json file', [
      { message: 'no test logs found', code: 'OIDF_EMPTY_EXPORT' },
    ]);
  }
  return modules;
}

type LogRead = OidfModuleResult | { problem: string };

function readLog(name: string, content: Uint8Array): LogRead {
  const { module: fileModule, testId: fileTestId } = parseTestLogName(name) ?? { module: '', testId: '' };
  const json = parseJson(content);
  if (json === undefined) {
    return { problem: `${name} is not valid UTF-8 JSON` };
  }
  const info = asRecord(asRecord(json)?.['testInfo']);
  if (!info) {
    return { problem: `${name} has no testInfo object` };
  }
  const module = str(info['testName']) ?? fileModule;
  const testId = str(info['testId']) ?? fileTestId;
  if (module !== fileModule || testId !== fileTestId) {
    return { problem: `${name} describes ${module}/${testId}, not the module and id in its file name` };
  }
  const result = resultOf(info);
  if (!result) {
    return { problem: `${name} has no known result (${String(info['result'])}, status ${String(info['status'])})` };
  }
  const planName = str(info['planName']) ?? str(asRecord(json)?.['planName']);
  return { file: name, module, testId, result, planName, planId: str(info['planId']), variant: variantOf(info['variant']) };
}

function resultOf(info: Record<string, unknown>): OidfResult | null {
  // A run that was stopped has status INTERRUPTED and often no result at all.
  if (info['status'] === 'INTERRUPTED') {
    return 'INTERRUPTED';
  }
  const result = info['result'];
  return (OIDF_RESULTS as readonly unknown[]).includes(result) ? (result as OidfResult) : null;
}

function variantOf(value: unknown): Record<string, string> {
  const record = asRecord(value) ?? {};
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function parseJson(content: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content)) as unknown;
  } catch {
    return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
