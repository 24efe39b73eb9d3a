import { mkdirSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createConnection, createServer, type Server } from 'node:net';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

// One process at a time may open an embedded data directory (issue #11, finding 10): PGlite keeps the
// database in the memory of the process that opened it, so a second process (the CLI next to a
// running server) works on a private copy and its writes are lost.
//
// The lock is a Unix socket in the directory, listened on by the holder. Liveness is asked of the
// socket, not of a pid: a holder killed with SIGKILL leaves a socket file nobody listens on, and the
// next process finds the lock stale (ECONNREFUSED) at once; pid reuse and pid namespaces (containers)
// cannot fool it. A holder answers a connection with who it is, for the refusal message.
// Paths too long for a socket address (about 100 bytes) use Linux's abstract socket namespace, keyed
// by a hash of the directory (shared by processes in one network namespace).

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

export interface DataDirLock {
  release(): Promise<void>;
}

interface HolderInfo {
  holder: string;
  pid: number;
  host: string;
  since: string;
}

const LOCK_FILE = 'registry.lock';
const MAX_SOCKET_PATH = 100;
const PROBE_TIMEOUT_MS = 2_000;

export function lockAddress(dir: string): { address: string; file: string | null } {
  const file = join(resolve(dir), LOCK_FILE);
  if (Buffer.byteLength(file) <= MAX_SOCKET_PATH) return { address: file, file };
  return { address: `\0dstack-registry-${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32)}`, file: null };
}

/** Takes the lock of `dir` for `holder` (e.g. "the registry server"); DataDirInUseError when held. */
export async function lockDataDir(dir: string, holder: string): Promise<DataDirLock> {
  mkdirSync(resolve(dir), { recursive: true });
  const { address, file } = lockAddress(dir);
  await refuseIfHeld(dir, address);
  if (file) removeStale(file);
  const info: HolderInfo = { holder, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.end(JSON.stringify(info));
  });
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(address, () => { server.off('error', fail); ok(); });
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') await refuseIfHeld(dir, address, true);
    throw err;
  }
  server.unref(); // the lock never keeps a process alive
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await closeServer(server);
      if (file) removeStale(file);
    },
  };
}

async function refuseIfHeld(dir: string, address: string, raced = false): Promise<void> {
  const answer = await probe(address);
  if (answer === null && !raced) return;
  let who = 'another process';
  try {
    const i = JSON.parse(answer ?? '') as HolderInfo;
    who = `${i.holder} (pid ${i.pid} on ${i.host}, since ${i.since})`;
  } catch {
    // an unreadable answer still means somebody holds it
  }
  throw new DataDirInUseError(`the data directory ${resolve(dir)} is in use by ${who}; stop it first, or work through the running server's API`);
}

/** The holder's answer; null when nobody listens (no lock, or a stale one). */
function probe(address: string): Promise<string | null> {
  return new Promise((done) => {
    let data = '';
    const socket = createConnection(address);
    socket.setTimeout(PROBE_TIMEOUT_MS, () => { socket.destroy(); done(data || '{}'); }); // alive but unresponsive
    socket.on('data', (d: Buffer) => { data += d.toString('utf8'); if (data.length > 4096) socket.destroy(); });
    socket.on('end', () => done(data || '{}'));
    socket.on('close', () => done(data || '{}'));
    socket.on('error', (err: NodeJS.ErrnoException) => {
      socket.destroy();
      done(err.code === 'ECONNREFUSED' || err.code === 'ENOENT' ? null : '{}');
    });
  });
}

function removeStale(file: string): void {
  try {
    unlinkSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((ok) => server.close(() => ok()));
}
