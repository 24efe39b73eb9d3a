// Version page only: renders an AsyncAPI document with the AsyncAPI React component (its browser build,
// which carries React and the parser), bundled at build time. The document comes from the page's JSON
// data island; external references are not followed.
import AsyncApiStandalone from '@asyncapi/react-component/browser/standalone/index.js';
import '@asyncapi/react-component/styles/default.min.css';
import './asyncapi-overrides.css';

interface Standalone { render(props: { schema: string; config: unknown }, element: Element): void }

function mount(): void {
  const target = document.getElementById('contract-docs');
  const data = document.getElementById('contract-document');
  if (!target || !data || target.dataset.mounted === 'true' || target.dataset.kind !== 'ASYNCAPI') return;
  target.dataset.mounted = 'true';
  const config = { show: { sidebar: false, info: true, servers: true, operations: true, messages: true, schemas: true, errors: true } };
  (AsyncApiStandalone as unknown as Standalone).render({ schema: data.textContent ?? '{}', config }, target);
}

mount();
document.addEventListener('catalogue:navigated', mount);
