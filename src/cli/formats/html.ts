import type { CliDiffReport } from '../diff/cli-report.js';
import { cliText } from '../messages.js';
import { CLI_NAME, CLI_VERSION } from '../version.js';
import { html } from './escape.js';
import { where } from './text.js';

const CSS = 'body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1b1b1b}table{border-collapse:collapse;width:100%}'
  + 'th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}'
  + '.breaking{background:#fde2e1}.warning{background:#fff4d6}.info{background:#eef5ff}code{font-size:12px}';

/** One self-contained file: inline CSS, no scripts, no external resources. */
export function renderHtml(r: CliDiffReport): string {
  const t = cliText(r.lang);
  const { breaking, warning, info } = r.summary;
  const rows = r.findings.map((f) => `<tr class="${f.level}"><td>${f.level}</td><td><code>${html(f.id)}</code></td><td>${html(f.operation ?? '')}</td>`
    + `<td>${html(f.message)}</td><td><code>${html(where(f))}</code><br><code>${html(f.pointer)}</code></td><td><code>${f.fingerprint}</code></td></tr>`);
  return [
    '<!DOCTYPE html>', `<html lang="${r.lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${html(t('title', { base: r.base, revision: r.revision }))}</title><style>${CSS}</style></head><body>`,
    `<h1>${html(t('title', { base: r.base, revision: r.revision }))}</h1>`,
    `<p>${html(t('summary', { breaking, warning, info, ignored: r.ignored.length }))}</p>`,
    `<table><thead><tr><th>${t('level')}</th><th>${t('rule')}</th><th>${t('operation')}</th><th>${t('message')}</th><th>${t('location')}</th><th>fingerprint</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody></table>`,
    `<p><small>${CLI_NAME} ${CLI_VERSION}</small></p></body></html>`, '',
  ].join('\n');
}
