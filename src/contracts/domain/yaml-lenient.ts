import jsYaml from 'js-yaml';

/**
 * js-yaml load (what most OpenAPI tooling uses). It refuses duplicate keys, unknown tags (CORE_SCHEMA has
 * no !!binary, !!timestamp or merge keys) and nesting beyond maxDepth, and it accepts some under-indented
 * continuation lines of quoted scalars that the strict `yaml` parser rejects, which real documents depend
 * on (e.g. the DWD and NINA specs). Aliases become shared references: the budgeted walk that follows
 * counts their expansion. Returns undefined when js-yaml rejects the text.
 */
export function loadYamlLenient(text: string, maxDepth: number): { value: unknown } | undefined {
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false, maxDepth } as jsYaml.LoadOptions) };
  } catch {
    return undefined;
  }
}
