// The registry as a real child process (`node dist/src/main.js`), for tests that kill, stop or
// multiply it. dist/ is built by `pretest`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { projectPath } from '../../src/common/project-path.js';
import { TEST_ADMIN_TOKEN } from './test-app.js';

export interface AppProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal name) once the process has ended. */
  exited: Promise<number | string>;
  output(): string;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Env that lifts the per-minute rate limits (load and concurrency tests are not about them). */
export const NO_RATE_LIMITS = {
  REGISTRY_RATE_LIMIT_WRITES: '1000000',
  REGISTRY_RATE_LIMIT_WRITES_PER_IP: '1000000',
  REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '1000000',
  REGISTRY_RATE_LIMIT_DOCUMENT_READS: '1000000',
};

export async function startAppProcess(databaseUrl: string, env: Record<string, string> = {}, opts: { waitReady?: boolean } = {}): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--disable-proto=delete', projectPath('dist', 'src', 'main.js')], {
    env: {
      PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl,
      REGISTRY_ADMIN_TOKEN: TEST_ADMIN_TOKEN, REGISTRY_SEED_EXAMPLES: 'false', LOG_LEVEL: 'warn', ...NO_RATE_LIMITS, ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => { out = (out + d.toString()).slice(-20_000); });
  child.stderr!.on('data', (d: Buffer) => { out = (out + d.toString()).slice(-20_000); });
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const app: AppProcess = { baseUrl: `http://127.0.0.1:${port}`, port, child, exited, output: () => out };
  if (opts.waitReady !== false) await waitForStatus(app, '/health/ready', 200, 60_000);
  return app;
}

/** Polls a path until it answers `status` (or throws with the process output after `timeoutMs`). */
export async function waitForStatus(app: AppProcess, path: string, status: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(`${app.baseUrl}${path}`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === status) return Date.now() - started;
    } catch {
      // not listening yet, or the request was refused: keep polling
    }
    if (app.child.exitCode !== null) throw new Error(`app exited early (${app.child.exitCode}):\n${app.output()}`);
    if (Date.now() - started > timeoutMs) throw new Error(`${path} never answered ${status} within ${timeoutMs} ms:\n${app.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function stopAppProcess(app: AppProcess | undefined): Promise<void> {
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 10_000);
  await app.exited;
  clearTimeout(timer);
}

/** A fresh, empty database on the server of `serverUrl`; returns its URL and a drop function. */
export async function createDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: async () => { await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } };
}

export async function adminQuery<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
