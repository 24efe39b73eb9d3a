import type { AiTransparency, OperatingModel } from '../../trust/domain/declared-facts.js';
import type { CryptoFinding, LicenceFact, Tr03183Report } from '../../trust/domain/sbom-types.js';
import type { TrustFactsService } from '../../trust/trust-facts.service.js';
import type { ReleaseFacts, TrustService } from '../../trust/trust.service.js';
import type { I18n } from '../i18n.js';
import { html, type SafeHtml } from '../render/html.js';
import { href, seg } from '../render/layout.js';
import type { ComponentSection } from './component-sections.js';

/** Non-compliant components listed per SBOM on the page; the rest is a "+N more" note (the page stays fast). */
export const MAX_LISTED_COMPONENTS = 50;
/** Releases shown on the component page, newest first. */
export const MAX_RELEASES = 20;

const verdictClass = (v: string) => `badge badge-${v.toLowerCase()}`;

function tr03183(r: Tr03183Report, i18n: I18n): SafeHtml {
  const { t } = i18n;
  if (r.compliant) return html`<span class="badge badge-pass">${t('trust.compliant')}</span> <span class="muted">${r.standard} ${r.standardVersion}</span>`;
  const listed = r.components.slice(0, MAX_LISTED_COMPONENTS);
  const failing = r.componentsChecked - r.componentsCompliant;
  return html`<span class="badge badge-fail">${t('trust.notCompliant')}</span> <span class="muted">${r.standard} ${r.standardVersion}</span>
<p>${t('trust.missingFields')} <span class="field-list">${r.missing.map((f, n) => html`${n ? ', ' : ''}<code>${f}</code>`)}</span></p>
${failing > 0 ? html`<details class="tr-components"><summary>${t('trust.componentsMissing', { failing: i18n.number(failing), checked: i18n.number(r.componentsChecked) })}</summary>
<ul>${listed.map((c) => html`<li><strong>${c.name ?? c.ref ?? c.pointer}</strong>${c.ref && c.name ? html` <span class="muted">${c.ref}</span>` : ''}: ${c.missing.map((f, n) => html`${n ? ', ' : ''}<code>${f}</code>`)}</li>`)}</ul>
${failing > listed.length ? html`<p class="muted">${t('trust.moreComponents', { n: i18n.number(failing - listed.length) })}</p>` : ''}
</details>` : ''}`;
}

function licences(list: LicenceFact[], i18n: I18n): SafeHtml {
  const { t } = i18n;
  if (!list.length) return html`<p>${t('trust.noLicences')}</p>`;
  return html`<table class="licences">
<thead><tr><th scope="col">${t('trust.licence')}</th><th scope="col">${t('trust.osiApproved')}</th><th scope="col">${t('trust.copyleft')}</th></tr></thead>
<tbody>${list.map((l) => html`<tr>
  <td>${l.expression ? html`<code>${l.expression}</code>` : html`${l.raw} <span class="badge badge-warn">${t('trust.unknownLicence')}</span>`}</td>
  <td>${l.osiApproved ? t('trust.yes') : t('trust.no')}</td>
  <td>${l.copyleft ? t('trust.yes') : t('trust.no')}</td>
</tr>`)}</tbody>
</table>`;
}

function crypto(status: string, ruleSet: string, findings: CryptoFinding[], i18n: I18n): SafeHtml {
  const { t } = i18n;
  if (!findings.length) return html`<p>${t('trust.noCrypto')}</p>`;
  return html`<p>${t('trust.cryptoStatus')} <span class="${verdictClass(status)}">${status}</span> <span class="muted">${t('trust.ruleSet', { ruleSet })}</span></p>
<table class="crypto">
<thead><tr><th scope="col">${t('trust.asset')}</th><th scope="col">${t('trust.rule')}</th><th scope="col">${t('trust.verdict')}</th><th scope="col">${t('trust.acceptableUntil')}</th><th scope="col">${t('trust.quantumVulnerable')}</th></tr></thead>
<tbody>${findings.map((f) => html`<tr>
  <td>${f.asset} <span class="muted"><code>${f.bomRef}</code></span></td>
  <td><code>${f.rule}</code><br><span class="muted">${f.message}</span></td>
  <td><span class="${verdictClass(f.verdict)}">${f.verdict}</span></td>
  <td>${f.acceptableUntil ? i18n.date(f.acceptableUntil) : '–'}</td>
  <td>${f.quantumVulnerable ? t('trust.yes') : t('trust.no')}</td>
</tr>`)}</tbody>
</table>`;
}

function release(slug: string, r: ReleaseFacts, i18n: I18n): SafeHtml {
  const { t, lang } = i18n;
  const v = r.release.version;
  const contracts = `/components/${seg(slug)}/contracts`;
  const s = r.sbom;
  return html`<article class="release card" id="release-${v}" aria-labelledby="release-${v}-heading">
<h3 id="release-${v}-heading">${t('trust.release', { version: v })}</h3>
<dl class="facts">
  <dt>${t('trust.contractVersions')}</dt><dd>${r.release.contractVersions.length
    ? html`<ul class="inline">${r.release.contractVersions.map((c) => html`<li><a href="${href(lang, `${contracts}/${seg(c.contract)}/versions/${seg(c.version)}`)}">${c.contract} ${c.version}</a></li>`)}</ul>`
    : t('component.none')}</dd>
  <dt>${t('trust.sbom')}</dt><dd>${s
    ? html`${s.format === 'CYCLONEDX' ? 'CycloneDX' : 'SPDX'} ${s.specVersion} <span class="muted">(${t('trust.sbomComponents', { n: i18n.number(s.componentCount) })})</span>
      · <a href="/api/v1/components/${seg(slug)}/releases/${seg(v)}/sbom" download="${slug}-${v}.sbom.json">${t('trust.downloadSbom')}</a>`
    : t('trust.noSbom')}</dd>
  ${s ? html`<dt>${t('trust.tr03183')}</dt><dd class="tr03183">${tr03183(s.tr03183, i18n)}</dd>` : ''}
</dl>
${s ? html`<h4>${t('trust.licences')}</h4>${licences(s.licences, i18n)}` : ''}
${s ? html`<h4>${t('trust.crypto')}</h4>${crypto(r.crypto?.status ?? 'NONE', r.crypto?.ruleSet ?? '', r.crypto?.findings ?? [], i18n)}` : ''}
</article>`;
}

function operatingModel(m: OperatingModel, version: number, recordedAt: Date, i18n: I18n): SafeHtml {
  const { t } = i18n;
  const none = t('component.none');
  return html`<h3>${t('trust.operatingModel')}</h3>
<dl class="facts operating-model">
  <dt>${t('trust.hostingModel')}</dt><dd>${i18n.tOr(`hosting.${m.hostingModel}`, m.hostingModel)}</dd>
  <dt>${t('trust.operators')}</dt><dd><ul class="plain">${m.operators.map((o) => html`<li>${o.name}${o.role ? html` <span class="muted">(${o.role})</span>` : ''}${o.email ? html` <a href="mailto:${o.email}">${o.email}</a>` : ''}</li>`)}</ul></dd>
  <dt>${t('trust.dataLocation')}</dt><dd>${m.dataLocation.country}${m.dataLocation.region ? `, ${m.dataLocation.region}` : ''}</dd>
  <dt>${t('trust.exitPlan')}</dt><dd>${m.exitPlan
    ? html`<a href="${m.exitPlan.documentUrl}" rel="noopener noreferrer">${m.exitPlan.documentUrl}</a>${m.exitPlan.lastTested ? html` <span class="muted">(${t('trust.lastTested', { date: i18n.date(m.exitPlan.lastTested) })})</span>` : html` <span class="muted">(${t('trust.neverTested')})</span>`}`
    : none}</dd>
  <dt>${t('trust.sla')}</dt><dd>${m.sla ? t('trust.slaValue', { percent: i18n.number(m.sla.availabilityPercent), hours: m.sla.supportHours }) : none}</dd>
  <dt>${t('trust.seal')}</dt><dd>${m.sovereignty
    ? html`${m.sovereignty.sealLevel.replace('_', '-')} <span class="muted">(${m.sovereignty.frameworkVersion}, ${t('trust.selfDeclared')})</span>${m.sovereignty.evidenceUrl ? html` · <a href="${m.sovereignty.evidenceUrl}" rel="noopener noreferrer">${t('trust.evidence')}</a>` : ''}`
    : none}</dd>
  ${m.auditRights ? html`<dt>${t('trust.auditRights')}</dt><dd>${m.auditRights}</dd>` : ''}
  <dt>${t('trust.recorded')}</dt><dd>${t('trust.versionOn', { version, date: i18n.date(recordedAt) })}</dd>
</dl>`;
}

function aiTransparency(a: AiTransparency, i18n: I18n): SafeHtml {
  const { t } = i18n;
  if (!a.aiSystem) return html`<h3>${t('trust.ai')}</h3><p>${t('trust.notAiSystem')}</p>`;
  return html`<h3>${t('trust.ai')}</h3>
<dl class="facts ai-transparency">
  ${a.riskClass ? html`<dt>${t('trust.riskClass')}</dt><dd>${i18n.tOr(`risk.${a.riskClass}`, a.riskClass)}</dd>` : ''}
  ${a.modelCardUrl ? html`<dt>${t('trust.modelCard')}</dt><dd><a href="${a.modelCardUrl}" rel="noopener noreferrer">${a.modelCardUrl}</a></dd>` : ''}
  ${a.trainingDataProvenance ? html`<dt>${t('trust.trainingData')}</dt><dd>${a.trainingDataProvenance}</dd>` : ''}
  ${a.humanOversight ? html`<dt>${t('trust.humanOversight')}</dt><dd>${a.humanOversight}</dd>` : ''}
  ${a.governanceContact ? html`<dt>${t('trust.governanceContact')}</dt><dd>${a.governanceContact.name} (<a href="mailto:${a.governanceContact.email}">${a.governanceContact.email}</a>)</dd>` : ''}
</dl>`;
}

/**
 * "Vertrauensfakten / Trust facts" on the component page: releases with SBOM verdict, licences and
 * crypto findings, plus the current operating model and AI transparency. Registered by the catalogue
 * (which reads the trust services); the trust module knows nothing of the catalogue.
 */
export function trustSection(trust: TrustService, facts: TrustFactsService): ComponentSection {
  return {
    id: 'trust', order: 40, title: (i) => i.t('trust.title'),
    render: async ({ component, i18n }) => {
      const { t, lang } = i18n;
      const [releases, [om], [ai]] = await Promise.all([
        trust.releaseFacts(component.id, MAX_RELEASES),
        facts.latest<OperatingModel>('component_operating_model', [component.id]),
        facts.latest<AiTransparency>('component_ai_transparency', [component.id]),
      ]);
      return html`${releases.items.length ? releases.items.map((r) => release(component.slug, r, i18n)) : html`<p>${t('trust.noReleases')}</p>`}
${releases.total > releases.items.length ? html`<p class="muted">${t('trust.moreReleases', { n: i18n.number(releases.total - releases.items.length) })}</p>` : ''}
${om ? operatingModel(om.facts, om.version, om.recordedAt, i18n) : html`<h3>${t('trust.operatingModel')}</h3><p>${t('trust.noOperatingModel')}</p>`}
${ai ? aiTransparency(ai.facts, i18n) : ''}
<p><a href="${href(lang, '/licences')}">${t('licences.link')}</a></p>`;
    },
  };
}
