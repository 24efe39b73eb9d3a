import { LineCounter } from 'yaml';
import type { Position } from './contract-issues.js';

/** Maps a UTF-16 offset to a 1-based line/column. */
export type Positioner = (offset: number) => Position;

// Built lazily (first call), so texts without problems never pay for the newline index.
export function makePositioner(text: string): Positioner {
  let counter: LineCounter | null = null;
  return (offset) => {
    if (!counter) {
      counter = new LineCounter();
      counter.addNewLine(0);
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
    }
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
}
