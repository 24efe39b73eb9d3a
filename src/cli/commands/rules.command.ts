// `contract-registry rules`: the rule catalogue (id, level per direction, reason).
import { parseArgs } from 'node:util';
import { ruleCatalogue } from '../../compatibility/engine/rule-catalogue.js';
import { localizeReason } from '../../compatibility/messages/catalogue.js';
import { resolveLang } from '../lang.js';
import type { CliCommand } from './command.js';
import { usageError } from './command.js';

const USAGE = `Usage: contract-registry rules [--format text|json|markdown] [--lang en|de]
Schema rules (kind "schema") report as <site>-<suffix>: request-, response-, request-parameter-,
response-header- (OpenAPI) and message-payload-, message-headers- (AsyncAPI). Levels are per
direction: request/write = data into the component, response/read = data out of it.`;

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'list the rule catalogue: id, level per direction, reason',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, lang: { type: 'string' } } });
    if (positionals.length) throw usageError('err.noArgs');
    const lang = resolveLang(values.lang);
    const rows = ruleCatalogue().map((e) => ({ key: e.key, kind: e.kind, id: e.id, levels: e.levels, reason: localizeReason(e.key, e.reason, lang) }));
    const levels = (l: Record<string, string>) => Object.entries(l).map(([d, v]) => `${d}=${v}`).join(' ');
    switch (values.format) {
      case 'json':
        process.stdout.write(`${JSON.stringify(rows)}\n`);
        break;
      case 'markdown':
        process.stdout.write(['| rule | kind | levels | reason |', '|---|---|---|---|', ...rows.map((r) => `| \`${r.id}\` | ${r.kind} | ${levels(r.levels)} | ${r.reason} |`), ''].join('\n'));
        break;
      case 'text':
        process.stdout.write([...rows.map((r) => `${r.kind.padEnd(9)} ${r.id.padEnd(48)} ${levels(r.levels).padEnd(34)} ${r.reason}`), `${rows.length} rules`, ''].join('\n'));
        break;
      default:
        throw usageError('err.format', { value: String(values.format), allowed: 'text, json, markdown' });
    }
    return 0;
  },
};
