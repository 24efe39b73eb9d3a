// Version page only: renders an OpenAPI document with Scalar, bundled at build time (no CDN).
// The document comes from the page itself (a JSON data island the server escaped), never from a URL.
import { createApiReference } from '@scalar/api-reference';
import '@scalar/api-reference/style.css';
import './docs-overrides.css';

function mount(): void {
  const target = document.getElementById('contract-docs');
  const data = document.getElementById('contract-document');
  if (!target || !data || target.dataset.mounted === 'true' || target.dataset.kind !== 'OPENAPI') return;
  target.dataset.mounted = 'true';
  const content = JSON.parse(data.textContent ?? '{}') as Record<string, unknown>;
  createApiReference(target, {
    content,
    // No fonts, no "try it" client, no telemetry, no links out: the catalogue only shows the contract.
    withDefaultFonts: false,
    hideClientButton: true,
    hideTestRequestButton: true,
    hideDarkModeToggle: true,
    showSidebar: false,
    hideSearch: true,
    hideModels: false,
    documentDownloadType: 'none',
    telemetry: false,
    mcp: { disabled: true },
    agent: { disabled: true },
    layout: 'modern',
    showDeveloperTools: 'never',
  } as never);
}

mount();
document.addEventListener('catalogue:navigated', mount);
