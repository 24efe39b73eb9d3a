import { LANGS, type Lang } from '../compatibility/messages/catalogue.js';
import { usageError } from './commands/command.js';

/** `--lang`, else $CONTRACT_REGISTRY_LANG, else English. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const value = flag ?? (env.CONTRACT_REGISTRY_LANG || 'en');
  if (!(LANGS as readonly string[]).includes(value)) throw usageError('err.lang', { value, allowed: LANGS.join(', ') });
  return value as Lang;
}

/** The language asked for anywhere on the command line (for errors raised before a command parses it). */
export function langOf(argv: string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.CONTRACT_REGISTRY_LANG : argv[i].includes('=') ? argv[i].slice(7) : argv[i + 1];
  return value === 'de' ? 'de' : 'en';
}
