// Catalogue strings: one message file per language (German first). Dates in German format.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];
type Messages = Record<string, string>;

function load(lang: Lang): Messages {
  // Next to this module: src/catalogue/messages in tests, dist/src/catalogue/messages (copied by
  // scripts/build-catalogue-assets.mjs) in the build and the container image.
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./messages/${lang}.json`, import.meta.url)), 'utf8')) as Messages;
}

const MESSAGES: Record<Lang, Messages> = { de: load('de'), en: load('en') };

export function messagesOf(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** German unless `?lang=en`: the switch is a link, so it works without JavaScript and without cookies. */
export function langOf(query: unknown): Lang {
  return query === 'en' ? 'en' : 'de';
}

export interface I18n {
  lang: Lang;
  t(key: string, params?: Record<string, string | number>): string;
  /** Message if the key exists, else the fallback (e.g. a layer nobody translated). */
  tOr(key: string, fallback: string): string;
  date(d: Date | string | null | undefined): string;
  dateTime(d: Date | string | null | undefined): string;
  number(n: number): string;
}

export function i18n(lang: Lang): I18n {
  const m = MESSAGES[lang];
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const dateFmt = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
  const numberFmt = new Intl.NumberFormat(locale);
  const fill = (s: string, params?: Record<string, string | number>) =>
    params ? s.replace(/\{(\w+)\}/g, (_x, k: string) => (k in params ? String(params[k]) : `{${k}}`)) : s;
  return {
    lang,
    t: (key, params) => fill(m[key] ?? key, params),
    tOr: (key, fallback) => m[key] ?? fallback,
    date: (d) => (d ? dateFmt.format(new Date(d)) : ''),
    dateTime: (d) => (d ? dateTimeFmt.format(new Date(d)) : ''),
    number: (n) => numberFmt.format(n),
  };
}
