// Every migration, in order. Adding a migration = a new file plus one line here.
import { CreateRegistryCore1764400000000 } from './1764400000000-CreateRegistryCore.js';

export const MIGRATIONS = [CreateRegistryCore1764400000000];
