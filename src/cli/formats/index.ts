// The output formats of `contract-registry diff`, one file each, one line here.
import type { CliDiffReport } from '../diff/cli-report.js';
import { renderGithubActions } from './githubactions.js';
import { renderGitlab } from './gitlab.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderSingleline } from './singleline.js';
import { renderText } from './text.js';
import { renderYaml } from './yaml.js';

export const FORMATS = {
  text: renderText,
  json: renderJson,
  yaml: renderYaml,
  markdown: renderMarkdown,
  html: renderHtml,
  junit: renderJunit,
  githubactions: renderGithubActions,
  gitlab: renderGitlab,
  sarif: renderSarif,
  singleline: renderSingleline,
} satisfies Record<string, (r: CliDiffReport) => string>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
