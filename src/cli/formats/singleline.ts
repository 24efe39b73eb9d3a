import type { CliDiffReport } from '../diff/cli-report.js';
import { where } from './text.js';

/** One line per finding, `file:line:col: level id: message [fingerprint]` (editors and grep read it). */
export function renderSingleline(r: CliDiffReport): string {
  return r.findings.map((f) => `${where(f)}: ${f.level} ${f.id}: ${f.message.replace(/\r?\n/g, ' ')}${f.operation ? ` (${f.operation})` : ''} [${f.fingerprint}]\n`).join('');
}
