// Reading untrusted ZIP uploads: bounded in entries, in declared and actual uncompressed size, and
// refusing names that could escape a folder. fflate sizes each output buffer from the central
// directory, so checking the declared sizes before inflating bounds the memory used.

import { unzipSync, type UnzipFileInfo } from 'fflate';

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

export interface UnzippedEntries {
  /** Selected entries by name, in central-directory order. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Names present but not selected (folders, other files). */
  skipped: readonly string[];
}

/**
 * Unzips the entries `select` accepts. Throws PAYLOAD_TOO_LARGE when a limit is exceeded and
 * INVALID_DOCUMENT for unreadable archives, duplicate names and unsafe paths (absolute, drive
 * letters, backslashes, `..` segments, control characters).
 */
export function safeUnzip(bytes: Uint8Array, select: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): UnzippedEntries {
  if (bytes.length > limits.maxZipBytes) {
    throw tooLarge(`the ZIP has ${bytes.length} bytes, more than ${limits.maxZipBytes}`);
  }
  const seen = new Set<string>();
  const skipped: string[] = [];
  const order: string[] = [];
  let total = 0;
  const filter = (file: UnzipFileInfo): boolean => {
    checkName(file.name, seen, limits);
    if (file.name.endsWith('/') || !select(file.name)) {
      skipped.push(file.name);
      return false;
    }
    total += file.originalSize;
    checkSizes(file, total, limits);
    order.push(file.name);
    return true;
  };
  const raw = inflate(bytes, filter);
  const files = new Map<string, Uint8Array>();
  for (const name of order) {
    files.set(name, raw.get(name) ?? new Uint8Array());
  }
  return { files, skipped };
}

function inflate(bytes: Uint8Array, filter: (file: UnzipFileInfo) => boolean): Map<string, Uint8Array> {
  try {
    return new Map(Object.entries(unzipSync(bytes, { filter })));
  } catch (e) {
    if (e instanceof DomainError) {
      throw e;
    }
    throw new DomainError('INVALID_DOCUMENT', 'The upload is not a readable ZIP archive', [
      { message: e instanceof Error ? e.message : String(e), code: 'ZIP_UNREADABLE' },
    ]);
  }
}

function checkName(name: string, seen: Set<string>, limits: ZipLimits): void {
  if (seen.size >= limits.maxEntries) {
    throw tooLarge(`the ZIP has more than ${limits.maxEntries} entries`);
  }
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

function checkSizes(file: UnzipFileInfo, total: number, limits: ZipLimits): void {
  if (file.originalSize > limits.maxEntryBytes) {
    throw tooLarge(`${file.name} unpacks to ${file.originalSize} bytes, more than ${limits.maxEntryBytes}`);
  }
  if (total > limits.maxTotalBytes) {
    throw tooLarge(`the selected entries unpack to more than ${limits.maxTotalBytes} bytes`);
  }
}

function tooLarge(message: string): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', `ZIP rejected: ${message}`, [{ message, code: 'ZIP_LIMIT' }]);
}

function unsafe(name: string, why: string, code: string): DomainError {
  const cause: ErrorCause = { message: `${JSON.stringify(name)}: ${why}`, code };
  return new DomainError('INVALID_DOCUMENT', `ZIP rejected: unsafe entry ${JSON.stringify(name)}`, [cause]);
}
