import { spawnSync } from 'node:child_process';
import { projectPath } from '../../src/common/project-path.js';

/** The standalone bundle `npm run build` (and `pretest`) writes. */
export const STANDALONE_CLI = projectPath('dist', 'cli', 'contract-registry.mjs');

export interface StandaloneRun { code: number | null; stdout: string; stderr: string }

/** Runs `node dist/cli/contract-registry.mjs …` (optionally with standard input). */
export function runStandalone(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}): StandaloneRun {
  const r = spawnSync(process.execPath, [STANDALONE_CLI, ...args], {
    encoding: 'utf8', input: opts.input, cwd: opts.cwd, env: { ...process.env, CONTRACT_REGISTRY_LANG: '', ...opts.env }, timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
