import { IssuesFound, issue, payloadTooLarge, type Position } from './contract-issues.js';

// PostgreSQL text/jsonb cannot hold U+0000 or unpaired UTF-16 surrogates, so they never get past the upload.
export const FORBIDDEN_CHAR = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Decodes uploaded bytes as strict UTF-8 (a leading BOM is removed) and rejects text the registry
 * cannot store or that holds no document. Throws PAYLOAD_TOO_LARGE or IssuesFound.
 */
export function decodeUpload(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength > maxBytes) throw payloadTooLarge(bytes.byteLength, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new IssuesFound([
      issue('INVALID_UTF8', `The document is not valid UTF-8 (invalid byte sequence at byte ${offset})`, '', bytePosition(bytes, offset)),
    ]);
  }
  checkDecodedText(text);
  return text;
}

/** Checks already-decoded text (the GraphQL route receives a string, not bytes). */
export function checkDecodedText(text: string): void {
  if (text.trim() === '') {
    throw new IssuesFound([issue('EMPTY_DOCUMENT', 'The document is empty')]);
  }
  const match = FORBIDDEN_CHAR.exec(text);
  if (match) {
    const pos = textPosition(text, match.index);
    const code = match[0] === '\u0000' ? 'NUL_CHARACTER' : 'LONE_SURROGATE';
    const what = code === 'NUL_CHARACTER' ? 'a NUL character (U+0000)' : 'an unpaired UTF-16 surrogate';
    throw new IssuesFound([issue(code, `The document contains ${what} at line ${pos.line}, column ${pos.column}`, '', pos)]);
  }
}

/** 1-based line/column of a UTF-16 offset. */
export function textPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function bytePosition(bytes: Uint8Array, offset: number): Position {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  return textPosition(before, before.length);
}

// Only runs on the error path: finds where strict decoding failed, to tell the uploader where to look.
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}
