import type { BuiltinProfile } from './builtin-profiles.js';
import { SEVERITY_WEIGHT } from './lint-types.js';
import { extendsEntries, type RuleDefinition } from './profile-definition.js';

/** docs/guidelines.md, generated from a built-in profile (npm run docs:guidelines; a unit test fails when stale). */
export function renderGuidelinesDoc(profile: BuiltinProfile): string {
  const rows = Object.entries(profile.definition.rules).map(([id, entry]) => {
    const r: RuleDefinition = typeof entry === 'object' ? entry : { severity: typeof entry === 'string' ? entry : undefined };
    const formats = r.formats?.join(', ') ?? 'all';
    const origin = r.given === undefined ? ' (Spectral built-in rule)' : '';
    return `| \`${id}\`${origin} | ${r.severity ?? 'warn'} | ${formats} | ${cell(r.description)} | ${cell(r.reason)} | ${cell(r.requirement)} |`;
  });
  const bases = extendsEntries(profile.definition).map((e) => `\`${e.ref}\` (${e.mode})`).join(', ');
  return [
    '<!-- Generated from src/guidelines/profiles/dstack.yaml by `npm run docs:guidelines`. Do not edit by hand. -->',
    `# API guidelines: the \`${profile.name}\` profile, version ${profile.version}`,
    '',
    profile.description.trim(),
    '',
    `Extends: ${bases || 'nothing'}. Only rules listed here are enabled.`,
    '',
    '| rule | severity | formats | what it checks | why | requirement |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## Score',
    '',
    'Every version gets a score from 0 to 100: the weighted share of the applicable rules it meets.',
    `A rule applies when it is enabled and its formats match the document; it weighs ${SEVERITY_WEIGHT.error} as error,`,
    `${SEVERITY_WEIGHT.warn} as warn, ${SEVERITY_WEIGHT.info} as info and ${SEVERITY_WEIGHT.hint} as hint, and fails when it reports at least one finding, however many.`,
    '',
    '    score = round(100 × (1 − weight of failed rules / weight of applicable rules))   (100 when no rule applies)',
    '',
    'The score does not grow worse with the size of a document: repeating one mistake a hundred times costs as much as making it once.',
    'Counts by severity and every finding (rule, message, JSON pointer, line, column) are stored beside it.',
    '',
    '## Policies',
    '',
    '`OFF` (no lint), `ADVISORY` (results stored and shown) or `GATE` (a publish with an error-level finding is refused with',
    '422 `GUIDELINE_VIOLATION`, every finding with pointer, line and column). The effective policy resolves contract → component →',
    'registry default → `REGISTRY_GUIDELINE_POLICY` / `REGISTRY_GUIDELINE_PROFILE`.',
    '',
    '## Own profiles',
    '',
    'A profile uploaded with `uploadGovernanceProfile` is a declarative Spectral ruleset: `rules` (with `given`, `then`, `severity`,',
    '`formats`, `message`, `description`, `resolved`, plus `reason` and `requirement`), `formats`, `extends` and `description`.',
    'Functions are Spectral\'s core functions only; `extends` names `spectral:oas`, `spectral:asyncapi`, `dstack` or a profile',
    'stored in the registry (`name` or `name@version`; stored pinned to a version). Files, URLs and custom JavaScript are refused.',
    '',
  ].join('\n');
}

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}
