import jsYaml from 'js-yaml';

/**
 * Second opinion for texts that the strict YAML 1.2 parser rejects only for syntax: js-yaml (what most
 * OpenAPI tooling uses) accepts some under-indented continuation lines of quoted scalars that `yaml`
 * rejects, and real documents depend on it (e.g. the DWD and NINA specs). js-yaml still refuses duplicate
 * keys, unknown tags (CORE_SCHEMA has no !!binary, !!timestamp or merge keys) and nesting beyond maxDepth;
 * its result then goes through the same budgeted walk. Returns undefined when js-yaml rejects it too.
 */
export function loadYamlLenient(text: string, maxDepth: number): { value: unknown } | undefined {
  try {
    return { value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false, maxDepth } as jsYaml.LoadOptions) };
  } catch {
    return undefined;
  }
}
