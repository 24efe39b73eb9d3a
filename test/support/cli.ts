import { execFile } from 'node:child_process';
import { projectPath } from '../../src/common/project-path.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/contract-registry.js …` as a child process (dist/ is built by `pretest`). */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [projectPath('bin', 'contract-registry.js'), ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
