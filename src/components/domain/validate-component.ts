import type { ErrorCause } from '../../common/errors/domain-error.js';
import { COMPONENT_LIFECYCLES, isEmail, isHttpUrl, isKebabCase, isValidSpdx, type Contact } from './component-facts.js';

export interface ComponentFields {
  slug?: string;
  name?: string;
  description?: string;
  layer?: string;
  lifecycle?: string;
  tags?: string[];
  ownerOrganisation?: string;
  platformOwner?: Contact;
  operator?: Contact;
  procedureOwner?: Contact;
  license?: string;
  repositoryUrl?: string;
}

const MAX_TEXT = 10_000;

/** All problems of a component input at once, each with the pointer of its field. */
export function validateComponentFields(input: ComponentFields): ErrorCause[] {
  const causes: ErrorCause[] = [];
  const bad = (field: string, message: string) => causes.push({ pointer: `/${field}`, message });
  if (input.slug !== undefined && !isKebabCase(input.slug)) bad('slug', `slug "${input.slug}" must be kebab-case (a-z, 0-9, single dashes)`);
  if (input.name !== undefined && !input.name.trim()) bad('name', 'name must not be empty');
  if (input.name !== undefined && input.name.length > 200) bad('name', 'name is longer than 200 characters');
  if (input.description !== undefined && input.description.length > MAX_TEXT) bad('description', 'description is too long');
  if (input.layer !== undefined && !isKebabCase(input.layer)) bad('layer', `layer "${input.layer}" must be kebab-case, e.g. identity or data-exchange`);
  if (input.lifecycle !== undefined && !(COMPONENT_LIFECYCLES as readonly string[]).includes(input.lifecycle)) {
    bad('lifecycle', `lifecycle must be one of ${COMPONENT_LIFECYCLES.join(', ')}`);
  }
  input.tags?.forEach((t, i) => {
    if (!isKebabCase(t)) bad(`tags/${i}`, `tag "${t}" must be kebab-case`);
  });
  for (const role of ['platformOwner', 'operator', 'procedureOwner'] as const) {
    const c = input[role];
    if (c && !c.name.trim()) bad(`${role}/name`, `${role} needs a contact name`);
    if (c && !isEmail(c.email)) bad(`${role}/email`, `${role} email "${c.email}" is not an e-mail address`);
  }
  if (input.license !== undefined && !isValidSpdx(input.license)) {
    bad('license', `license "${input.license}" is not a valid SPDX expression (e.g. EUPL-1.2, MIT OR Apache-2.0)`);
  }
  if (input.repositoryUrl !== undefined && !isHttpUrl(input.repositoryUrl)) bad('repositoryUrl', 'repositoryUrl must be an http(s) URL');
  return causes;
}
