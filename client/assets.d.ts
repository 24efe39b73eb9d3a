// esbuild bundles CSS imports into the entry's stylesheet; the AsyncAPI browser build has no types.
declare module '*.css';
declare module '@asyncapi/react-component/browser/standalone/index.js' {
  const standalone: unknown;
  export default standalone;
}
// Only what graphiql.tsx calls (no @types/react needed for two functions).
declare module 'react' {
  export function createElement(type: unknown, props?: unknown): unknown;
}
declare module 'react-dom/client' {
  export function createRoot(element: Element): { render(node: unknown): void };
}
