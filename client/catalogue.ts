import './catalogue.css';
// The catalogue's only script on every page (progressive enhancement: every page works without it).
// - Token sign-in: the token lives in sessionStorage and is sent as a bearer header, never as a cookie.
// - With a token, navigation inside the catalogue fetches pages with that header and swaps <main>,
//   so the anonymous-read-off mode and owner views work without cookies.
// - The owner's audit log view reads GraphQL auditLog with the token and renders it as text.

const TOKEN_KEY = 'registry.token';
const token = (): string | null => sessionStorage.getItem(TOKEN_KEY);

function authHeaders(): Record<string, string> {
  const t = token();
  return t ? { authorization: `Bearer ${t}` } : {};
}

function isCataloguePage(url: URL): boolean {
  return url.origin === location.origin && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/graphql')
    && !url.pathname.startsWith('/assets/') && !url.pathname.startsWith('/health');
}

const loadedScripts = new Set([...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src));

async function navigate(url: URL, push: boolean): Promise<void> {
  const res = await fetch(url, { headers: { ...authHeaders(), accept: 'text/html' }, credentials: 'omit' });
  const html = await res.text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const main = doc.querySelector('main');
  if (!main) { location.assign(url); return; }
  document.title = doc.title;
  document.documentElement.lang = doc.documentElement.lang;
  const header = doc.querySelector('header');
  if (header) document.querySelector('header')?.replaceWith(document.importNode(header, true));
  document.querySelector('main')?.replaceWith(document.importNode(main, true));
  if (push) history.pushState({}, '', url);
  for (const s of doc.querySelectorAll<HTMLScriptElement>('script[src]')) {
    const src = new URL(s.getAttribute('src') ?? '', location.href).href;
    if (loadedScripts.has(src)) continue;
    loadedScripts.add(src);
    const el = document.createElement('script');
    el.src = src;
    el.type = 'module';
    document.body.append(el);
  }
  if (doc.querySelector('link[rel="stylesheet"][data-page]')) {
    for (const l of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][data-page]')) {
      if (!document.querySelector(`link[href="${CSS.escape(l.getAttribute('href') ?? '')}"]`)) document.head.append(document.importNode(l, true));
    }
  }
  (document.querySelector('main h1') as HTMLElement | null)?.focus();
  enhance();
  document.dispatchEvent(new CustomEvent('catalogue:navigated'));
}

async function download(url: URL, name: string): Promise<void> {
  const res = await fetch(url, { headers: authHeaders(), credentials: 'omit' });
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function onClick(e: MouseEvent): void {
  if (!token() || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = (e.target as Element).closest('a');
  if (!a || a.target) return;
  const url = new URL(a.href, location.href);
  if (a.hasAttribute('download') && url.origin === location.origin) {
    e.preventDefault();
    void download(url, a.getAttribute('download') || url.pathname.split('/').pop() || 'contract');
    return;
  }
  if (!isCataloguePage(url) || (url.pathname === location.pathname && url.search === location.search && url.hash)) return;
  e.preventDefault();
  void navigate(url, true);
}

function onSubmit(e: SubmitEvent): void {
  const form = e.target as HTMLFormElement;
  if (form.id === 'sign-in-form') return signIn(e, form);
  if (!token() || form.method.toLowerCase() !== 'get') return;
  const url = new URL(form.action, location.href);
  if (!isCataloguePage(url)) return;
  e.preventDefault();
  url.search = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
  void navigate(url, true);
}

function signIn(e: SubmitEvent, form: HTMLFormElement): void {
  e.preventDefault();
  const value = (new FormData(form).get('token') ?? '').toString().trim();
  if (!value) return;
  sessionStorage.setItem(TOKEN_KEY, value);
  const next = new URL(form.dataset.next || location.href, location.href);
  void navigate(next, next.href !== location.href);
}

function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  location.reload();
}

function enhance(): void {
  const signedIn = token() !== null;
  document.documentElement.dataset.signedIn = String(signedIn);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-sign-out]')) {
    b.onclick = signOut;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-signed-in-only]')) el.hidden = !signedIn;
  for (const el of document.querySelectorAll<HTMLElement>('[data-signed-out-only]')) el.hidden = signedIn;
  const audit = document.getElementById('audit-log');
  if (audit && signedIn) void loadAudit(audit);
}

interface AuditRow { seq: string; occurredAt: string; actor: string; action: string; subject: string }

async function loadAudit(target: HTMLElement): Promise<void> {
  const component = target.dataset.component ?? '';
  const query = 'query($c: String!) { auditLog(filter: { component: $c }, first: 50) { edges { node { seq occurredAt actor action subject } } } }';
  const res = await fetch('/graphql', {
    method: 'POST', credentials: 'omit',
    headers: { ...authHeaders(), 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables: { c: component } }),
  });
  const body = (await res.json()) as { data?: { auditLog: { edges: { node: AuditRow }[] } }; errors?: { message: string }[] };
  const status = document.getElementById('audit-status');
  const tbody = target.querySelector('tbody');
  if (!tbody || !status) return;
  tbody.replaceChildren();
  if (body.errors?.length || !body.data) {
    status.textContent = `${target.dataset.errorText ?? 'Error'}: ${body.errors?.[0]?.message ?? res.status}`;
    return;
  }
  const fmt = new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  for (const { node } of body.data.auditLog.edges) {
    const tr = document.createElement('tr');
    for (const cell of [node.seq, fmt.format(new Date(node.occurredAt)), node.actor, node.action, node.subject]) {
      const td = document.createElement('td');
      td.textContent = cell;
      tr.append(td);
    }
    tbody.append(tr);
  }
  status.textContent = `${body.data.auditLog.edges.length} ${target.dataset.countText ?? ''}`.trim();
  target.hidden = false;
}

document.addEventListener('click', onClick);
document.addEventListener('submit', onSubmit);
window.addEventListener('popstate', () => { if (token()) void navigate(new URL(location.href), false); });
enhance();
// A page the server refused for want of a token (anonymous reads off): fetch it again with the token.
if (token() && document.body.dataset.needsToken === 'true') void navigate(new URL(location.href), false);
