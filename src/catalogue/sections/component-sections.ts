import { Injectable } from '@nestjs/common';
import type { Component } from '../../components/component.entity.js';
import type { ComponentConformance } from '../../conformance/conformance.service.js';
import type { ContractWithVersions } from '../catalogue.service.js';
import type { I18n } from '../i18n.js';
import type { SafeHtml } from '../render/html.js';

/** What a section of the component page gets: the component and what the page already loaded. */
export interface ComponentSectionContext {
  component: Component;
  contracts: ContractWithVersions[];
  conformance: ComponentConformance;
  i18n: I18n;
}

/**
 * One section of the component page. Later features (guidelines score, SBOM/trust facts, consumers,
 * maturity) each register one from their own module:
 *   constructor(sections: ComponentSections) { sections.register({ id: 'maturity', order: 50, … }) }
 * A section renders with the `html` template (escaping) and returns null to stay hidden.
 */
export interface ComponentSection {
  /** Stable id, used as the section's HTML id (`section-<id>`) and in tests. */
  id: string;
  /** Lower first; the built-in ones use 10 (facts), 20 (contracts), 30 (conformance), 90 (audit). */
  order: number;
  /** Message key or text of the section heading. */
  title(i18n: I18n): string;
  render(ctx: ComponentSectionContext): Promise<SafeHtml | null> | SafeHtml | null;
}

@Injectable()
export class ComponentSections {
  private readonly sections = new Map<string, ComponentSection>();

  register(section: ComponentSection): void {
    if (this.sections.has(section.id)) throw new Error(`component page section "${section.id}" is registered twice`);
    this.sections.set(section.id, section);
  }

  list(): ComponentSection[] {
    return [...this.sections.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  }
}
