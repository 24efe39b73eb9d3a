import { stringify } from 'yaml';
import type { CliDiffReport } from '../diff/cli-report.js';
import { reportObject } from './json.js';

export function renderYaml(r: CliDiffReport): string {
  return stringify(reportObject(r), { lineWidth: 0, aliasDuplicateObjects: false });
}
