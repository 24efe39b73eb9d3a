// Reading untrusted ZIP uploads: bounded in entries, name length, declared and actual uncompressed
// size, and refusing names that could escape a folder. The central directory is read by yauzl; each
// selected entry is inflated as a stream and its bytes are counted as they arrive, so a false
// declared size cannot make us decode more than the limit (issue #11, finding 5: with fflate's
// unzipSync a 1 MB archive that lied about its sizes was decoded in full on the event loop).
// Callers run this in a worker thread with a time budget (evidence-unzip.ts).

import yauzl from 'yauzl';

import { DomainError, type ErrorCause } from '../../common/errors/domain-error.js';

export interface ZipLimits {
  /** Largest accepted ZIP in bytes. */
  maxZipBytes: number;
  /** Most entries (files and folders) in the central directory. */
  maxEntries: number;
  /** Largest uncompressed size of one selected entry. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all selected entries together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxZipBytes: 20 * 1024 * 1024,
  maxEntries: 2000,
  maxEntryBytes: 10 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
};

/** Longest entry name (bytes) looked at; longer names are refused before any pattern sees them. */
export const MAX_ENTRY_NAME_BYTES = 1024;

export interface UnzippedEntries {
  /** Selected entries by name, in central-directory order. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Names present but not selected (folders, other files). */
  skipped: readonly string[];
}

/**
 * Unzips the entries `select` accepts. Rejects with PAYLOAD_TOO_LARGE when a limit is exceeded and
 * INVALID_DOCUMENT for unreadable archives, duplicate or over-long names and unsafe paths (absolute,
 * drive letters, backslashes, `..` segments, control characters).
 */
export async function safeUnzip(bytes: Uint8Array, select: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<UnzippedEntries> {
  if (bytes.length > limits.maxZipBytes) {
    throw tooLarge(`the ZIP has ${bytes.length} bytes, more than ${limits.maxZipBytes}`);
  }
  let zip: yauzl.ZipFile;
  try {
    // decodeStrings: false — names are checked by our rules (checkName), not refused by yauzl's own.
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true, decodeStrings: false, validateEntrySizes: false, autoClose: true, // sizes: inflateEntry
    });
  } catch (e) {
    throw unreadable(e);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw tooLarge(`the ZIP has more than ${limits.maxEntries} entries`);
  }
  return readEntries(zip, select, limits);
}

function readEntries(zip: yauzl.ZipFile, select: (name: string) => boolean, limits: ZipLimits): Promise<UnzippedEntries> {
  const seen = new Set<string>();
  const skipped: string[] = [];
  const files = new Map<string, Uint8Array>();
  const total = { declared: 0, inflated: 0 };
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      zip.close();
      reject(err instanceof DomainError ? err : unreadable(err));
    };
    zip.on('error', fail);
    zip.on('end', () => { if (!failed) resolve({ files, skipped }); });
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        const name = entryName(entry);
        checkName(name, seen);
        if (name.endsWith('/') || !select(name)) {
          skipped.push(name);
          zip.readEntry();
          return;
        }
        total.declared += entry.uncompressedSize;
        checkSizes(name, entry.uncompressedSize, total.declared, limits);
        inflateEntry(zip, entry, name, total, limits).then((content) => {
          files.set(name, content);
          zip.readEntry();
        }, fail);
      } catch (err) {
        fail(err);
      }
    });
    zip.readEntry();
  });
}

/** Inflates one entry as a stream, counting bytes; aborts as soon as a limit is passed. */
async function inflateEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string, total: { inflated: number }, limits: ZipLimits): Promise<Uint8Array> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  const cap = Math.min(entry.uncompressedSize, limits.maxEntryBytes);
  return new Promise((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      total.inflated += chunk.length;
      if (size > cap || total.inflated > limits.maxTotalBytes) {
        stream.destroy();
        reject(size > entry.uncompressedSize
          ? unsafe(name, `inflates to more than its declared ${entry.uncompressedSize} bytes`, 'ZIP_SIZE_MISMATCH')
          : tooLarge(`${name} or the selected entries unpack to more than the limit`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => size === entry.uncompressedSize
      ? resolve(new Uint8Array(Buffer.concat(chunks, size)))
      : reject(unsafe(name, `inflates to ${size} bytes, not its declared ${entry.uncompressedSize}`, 'ZIP_SIZE_MISMATCH')));
  });
}

function entryName(entry: yauzl.Entry): string {
  // With decodeStrings: false yauzl hands over the raw bytes; cap their length before decoding.
  const raw = entry.fileName as unknown as Buffer;
  if (raw.length > MAX_ENTRY_NAME_BYTES) {
    throw unsafe(`${raw.subarray(0, 40).toString('latin1')}…`, `the name has ${raw.length} bytes, more than ${MAX_ENTRY_NAME_BYTES}`, 'ZIP_NAME_TOO_LONG');
  }
  return raw.toString((entry.generalPurposeBitFlag & 0x800) !== 0 ? 'utf8' : 'latin1');
}

function checkName(name: string, seen: Set<string>): void {
  if (seen.has(name)) {
    throw unsafe(name, 'the name occurs twice', 'ZIP_DUPLICATE_ENTRY');
  }
  seen.add(name);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(name) || name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    throw unsafe(name, 'absolute path, backslash or control character', 'ZIP_UNSAFE_PATH');
  }
  if (name.split('/').some((segment) => segment === '..') || name === '__proto__') {
    throw unsafe(name, 'the path leaves the archive folder', 'ZIP_UNSAFE_PATH');
  }
}

function checkSizes(name: string, declared: number, totalDeclared: number, limits: ZipLimits): void {
  if (declared > limits.maxEntryBytes) {
    throw tooLarge(`${name} unpacks to ${declared} bytes, more than ${limits.maxEntryBytes}`);
  }
  if (totalDeclared > limits.maxTotalBytes) {
    throw tooLarge(`the selected entries unpack to more than ${limits.maxTotalBytes} bytes`);
  }
}

function tooLarge(message: string): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', `ZIP rejected: ${message}`, [{ message, code: 'ZIP_LIMIT' }]);
}

function unreadable(e: unknown): DomainError {
  return new DomainError('INVALID_DOCUMENT', 'The upload is not a readable ZIP archive', [
    { message: e instanceof Error ? e.message : String(e), code: 'ZIP_UNREADABLE' },
  ]);
}

function unsafe(name: string, why: string, code: string): DomainError {
  const cause: ErrorCause = { message: `${JSON.stringify(name)}: ${why}`, code };
  return new DomainError('INVALID_DOCUMENT', `ZIP rejected: unsafe entry ${JSON.stringify(name)}`, [cause]);
}
