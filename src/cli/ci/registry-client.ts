// HTTP for the CI commands: global fetch, a timeout per attempt, and retries with exponential
// backoff on network errors and 5xx (a few attempts). Nothing else is retried.

export interface HttpOutcome {
  kind: 'response';
  status: number;
  body: Record<string, unknown> | null;
  attempts: number;
}

export interface NetworkFailure {
  kind: 'network';
  message: string;
  attempts: number;
}

export interface SendOptions {
  method: 'PUT' | 'POST';
  url: string;
  token: string;
  body: Buffer;
  contentType: string;
  timeoutMs: number;
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function sendWithRetry(o: SendOptions): Promise<HttpOutcome | NetworkFailure> {
  const attempts = o.attempts ?? 4;
  const base = o.baseDelayMs ?? Number(process.env.CONTRACT_REGISTRY_RETRY_BASE_MS ?? 500);
  const sleep = o.sleep ?? sleepMs;
  let last: HttpOutcome | NetworkFailure = { kind: 'network', message: 'not attempted', attempts: 0 };
  for (let i = 1; i <= attempts; i++) {
    try {
      const res = await fetch(o.url, {
        method: o.method,
        headers: { authorization: `Bearer ${o.token}`, 'content-type': o.contentType, accept: 'application/json, application/problem+json' },
        body: o.body,
        signal: AbortSignal.timeout(o.timeoutMs),
      });
      const text = await res.text();
      last = { kind: 'response', status: res.status, body: parseJson(text), attempts: i };
      if (res.status < 500) return last;
    } catch (err) {
      last = { kind: 'network', message: (err as Error & { cause?: Error }).cause?.message ?? (err as Error).message, attempts: i };
    }
    if (i < attempts) await sleep(base * 2 ** (i - 1));
  }
  return last;
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
