// The CLI's texts come from the one message catalogue (src/compatibility/messages).
import { text, type Lang } from '../compatibility/messages/catalogue.js';

export function cliText(lang: Lang): (key: string, values?: Record<string, string | number>) => string {
  return (key, values) => text(lang, key, values);
}
