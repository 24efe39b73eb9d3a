// GraphiQL for /graphql in a browser, bundled at build time (no CDN). Requests are JSON POSTs with
// the Apollo CSRF preflight header; a token signed in on the catalogue (sessionStorage) is sent as a
// bearer header.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const TOKEN_KEY = 'registry.token';

async function fetcher(params: unknown): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });
  return res.json();
}

const DEFAULT_QUERY = `# Deutschland-Stack Contract Registry
{
  components(first: 10) {
    edges {
      node {
        slug
        name
        layer
        contracts { name kind latestVersion { version } }
      }
    }
  }
}
`;

const root = document.getElementById('graphiql');
if (root) createRoot(root).render(createElement(GraphiQL, { fetcher: fetcher as never, defaultQuery: DEFAULT_QUERY }));
