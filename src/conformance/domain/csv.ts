// A small RFC 4180 reader/writer. No CSV package is installed, and the two things we need (the ARF
// semicolon files and the overview export) fit in a few dozen lines.

import { DomainError, type ErrorCause } from '../../common/errors/domain-error.js';

export interface CsvReadOptions {
  /** Field separator: `,` for RFC 4180, `;` for the ARF files. */
  delimiter: string;
}

/**
 * Parses delimited text into rows of fields. Handles quoted fields with `""` escapes, separators and
 * line breaks inside quotes, CRLF/LF/CR line ends, a leading UTF-8 byte-order mark, and a final line
 * break. Throws INVALID_DOCUMENT on an unterminated quote or a stray quote inside an unquoted field.
 */
export function parseCsv(text: string, options: CsvReadOptions): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (src === '') {
    return [];
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let line = 1;
  while (i <= src.length) {
    const { value, next, lines } = readField(src, i, options.delimiter, line);
    row.push(value);
    line += lines;
    const ch = src[next];
    if (ch === options.delimiter) {
      i = next + 1;
      continue;
    }
    rows.push(row);
    row = [];
    if (next >= src.length) {
      break;
    }
    i = next + (ch === '\r' && src[next + 1] === '\n' ? 2 : 1);
    line += 1;
    if (i >= src.length) {
      break;
    }
  }
  return rows;
}

interface FieldRead {
  value: string;
  next: number;
  lines: number;
}

function readField(src: string, start: number, delimiter: string, line: number): FieldRead {
  if (src[start] === '"') {
    return readQuoted(src, start, delimiter, line);
  }
  let end = start;
  while (end < src.length && src[end] !== delimiter && src[end] !== '\n' && src[end] !== '\r') {
    if (src[end] === '"') {
      throw csvError(`stray quote in an unquoted field on line ${line}`, line);
    }
    end += 1;
  }
  return { value: src.slice(start, end), next: end, lines: 0 };
}

function readQuoted(src: string, start: number, delimiter: string, line: number): FieldRead {
  let value = '';
  let i = start + 1;
  let lines = 0;
  for (;;) {
    const close = src.indexOf('"', i);
    if (close < 0) {
      throw csvError(`unterminated quoted field starting on line ${line}`, line);
    }
    value += src.slice(i, close);
    if (src[close + 1] === '"') {
      value += '"';
      i = close + 2;
      continue;
    }
    const after = src[close + 1];
    if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
      throw csvError(`unexpected character after a closing quote on line ${line + lines}`, line);
    }
    lines = countLineBreaks(value);
    return { value, next: close + 1, lines };
  }
}

function countLineBreaks(s: string): number {
  return (s.match(/\r\n|\r|\n/g) ?? []).length;
}

function csvError(message: string, line: number): DomainError {
  const cause: ErrorCause = { message, line, code: 'CSV_SYNTAX' };
  return new DomainError('INVALID_DOCUMENT', `Malformed CSV: ${message}`, [cause]);
}

/** Quotes one field per RFC 4180 when it contains the separator, a quote or a line break. */
export function quoteCsvField(value: string, delimiter = ','): string {
  const needsQuotes =
    value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as RFC 4180 text: CRLF line ends, quoting only where needed. */
export function writeCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((r) => r.map((f) => quoteCsvField(f, delimiter)).join(delimiter) + '\r\n').join('');
}
