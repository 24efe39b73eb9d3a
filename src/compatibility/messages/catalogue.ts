// The one message catalogue (German and English) for rule messages and reasons. Pure.
//
// Rules emit English messages. A template in en.ts names the values inside such a message
// (`{op} was removed without deprecation`); the same key in another language renders those values
// into its own sentence. Matching is linear: literal segments are found left to right with indexOf
// (the last one at the end), never with a regular expression on user text. A message that no
// template matches stays English, so a translation can be incomplete but never wrong.
import { DE } from './de.js';
import { EN } from './en.js';

export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];

export interface RuleMessages {
  /** Templates with `{placeholder}`s; every language lists them in the same order. */
  messages: string[];
  /** The business reason; English reasons come from the rules themselves. */
  reason?: string;
}

export interface LanguageCatalogue {
  lang: Lang;
  /** Translations of the phrases a value may start with (e.g. "query parameter 'q'"). */
  terms: Array<[string, string]>;
  /** CLI texts and error messages, `{placeholder}`s like the rule templates. */
  texts: Record<string, string>;
  rules: Record<string, RuleMessages>;
}

export const CATALOGUES: Record<Lang, LanguageCatalogue> = { en: EN, de: DE };

// Messages are short; anything longer is left as it is (and linear work stays bounded).
const MAX_MESSAGE = 4000;

type Token = { lit: string } | { ph: string };

export function tokenize(template: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out.push({ lit: template.slice(i) });
      break;
    }
    const close = template.indexOf('}', open);
    if (open > i) out.push({ lit: template.slice(i, open) });
    out.push({ ph: template.slice(open + 1, close) });
    i = close + 1;
  }
  return out;
}

export function placeholders(template: string): string[] {
  return tokenize(template).flatMap((t) => ('ph' in t ? [t.ph] : [])).sort();
}

/** Reads the values out of `text` by `template`; undefined when it does not match. */
export function matchTemplate(template: string, text: string): Record<string, string> | undefined {
  const tokens = tokenize(template);
  const values: Record<string, string> = {};
  let pos = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if ('lit' in token) {
      if (!text.startsWith(token.lit, pos)) return undefined;
      pos += token.lit.length;
      continue;
    }
    const next = tokens[t + 1] as { lit: string } | undefined;
    let end: number;
    if (!next) end = text.length;
    else if (t + 2 >= tokens.length) end = text.endsWith(next.lit) ? text.length - next.lit.length : -1;
    else end = text.indexOf(next.lit, pos + 1);
    if (end <= pos) return undefined;
    values[token.ph] = text.slice(pos, end);
    pos = end;
  }
  return pos === text.length ? values : undefined;
}

function render(template: string, values: Record<string, string>, terms: Array<[string, string]>): string {
  return tokenize(template).map((t) => ('lit' in t ? t.lit : translateTerm(values[t.ph] ?? '', terms))).join('');
}

function translateTerm(value: string, terms: Array<[string, string]>): string {
  for (const [en, other] of terms) {
    if (value === en) return other;
    if (value.startsWith(`${en} `)) return `${other}${value.slice(en.length)}`;
  }
  return value;
}

function translateWith(key: string, text: string, lang: LanguageCatalogue): string | undefined {
  const en = EN.rules[key]?.messages ?? [];
  const other = lang.rules[key]?.messages ?? [];
  for (let i = 0; i < en.length; i++) {
    const values = matchTemplate(en[i], text);
    if (values && other[i]) return render(other[i], values, lang.terms);
  }
  return undefined;
}

/**
 * The message of a change in `lang`. `key` is its catalogue key (see rule-catalogue.ts); schema
 * rules' messages are `<where>: <detail>`, and `<where>` is translated by the terms.
 */
export function localizeMessage(key: string | undefined, message: string, lang: Lang): string {
  if (lang === 'en' || !key || message.length > MAX_MESSAGE) return message;
  const catalogue = CATALOGUES[lang];
  if (!key.startsWith('schema:')) return translateWith(key, message, catalogue) ?? message;
  for (let at = message.indexOf(': '); at > 0; at = message.indexOf(': ', at + 1)) {
    const detail = translateWith(key, message.slice(at + 2), catalogue);
    if (detail !== undefined) return `${translateTerm(message.slice(0, at), catalogue.terms)}: ${detail}`;
  }
  return message;
}

/** The reason of a rule in `lang` (English: the rule's own reason). */
export function localizeReason(key: string, englishReason: string, lang: Lang): string {
  return lang === 'en' ? englishReason : CATALOGUES[lang].rules[key]?.reason ?? englishReason;
}

/** A CLI text or error in `lang` (English when the key is unknown there). */
export function text(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang].texts[key] ?? EN.texts[key] ?? key;
  return tokenize(template).map((t) => ('lit' in t ? t.lit : String(values[t.ph] ?? ''))).join('');
}
