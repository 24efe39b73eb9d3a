import { parseArgs } from 'node:util';
import { UsageError, type CliCommand } from './command.js';

const ROLES = ['ADMIN', 'PUBLISHER', 'USER', 'PLATFORM_OWNER', 'OPERATOR', 'PROCEDURE_OWNER'] as const;
type CliRole = (typeof ROLES)[number];

const USAGE = `Usage: contract-registry token create --name NAME [--role ROLE] [--component C …] [--contract K …]
                                     [--owner OWNER] [--expires-in 90d] [--database-url URL | --data-dir DIR] [--format json]
  ROLE: ADMIN | PUBLISHER (default; CI token scoped to --component, optionally --contract) | USER |
        PLATFORM_OWNER | OPERATOR | PROCEDURE_OWNER (a USER token for --owner plus that role on each --component)
  Talks to the database directly (DATABASE_URL or the embedded data dir; refuses while a server holds the data dir).
  The secret is printed once.`;

export const tokenCreateCommand: CliCommand = {
  name: 'token create',
  summary: 'create an API token (operator; direct database access)',
  usage: USAGE,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' }, role: { type: 'string' }, component: { type: 'string', multiple: true },
        contract: { type: 'string', multiple: true }, owner: { type: 'string' }, 'expires-in': { type: 'string' },
        'database-url': { type: 'string' }, 'data-dir': { type: 'string' }, format: { type: 'string', default: 'text' },
      },
      strict: true,
    });
    if (!values.name) throw new UsageError('--name is required');
    const role = (values.role ?? 'PUBLISHER').toUpperCase() as CliRole;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    const components = values.component ?? [];
    const { parseDuration } = await import('../../auth/domain/token-secret.js');
    let expiresAt: Date | null = null;
    if (values['expires-in']) {
      const ms = parseDuration(values['expires-in']);
      if (ms === null) throw new UsageError('--expires-in must look like 90d, 12h or 30m');
      expiresAt = new Date(Date.now() + ms);
    }
    const componentRole = role === 'PLATFORM_OWNER' || role === 'OPERATOR' || role === 'PROCEDURE_OWNER';
    if (componentRole && (!values.owner || components.length === 0)) throw new UsageError(`--role ${role} needs --owner and at least one --component`);

    const { openRegistryDatabase, registryServices } = await import('../offline-db.js');
    const { systemPrincipal } = await import('../../auth/api-tokens.service.js');
    const db = await openRegistryDatabase({ databaseUrl: values['database-url'], dataDir: values['data-dir'], command: 'token create' });
    try {
      const { tokens, roles } = await registryServices(db.ds);
      const actor = systemPrincipal(`cli:${process.env.USER ?? 'operator'}`);
      // Grants first: an unknown component fails before any token exists.
      if (componentRole) {
        for (const component of components) await roles.grant(actor, { subject: values.owner!, role, component });
      }
      const created = await tokens.create(actor, {
        name: values.name, owner: values.owner ?? values.name, role: componentRole ? 'USER' : (role as 'ADMIN' | 'PUBLISHER' | 'USER'),
        components: componentRole ? [] : components, contracts: values.contract ?? [], expiresAt,
      });
      const t = created.token;
      if (values.format === 'json') {
        process.stdout.write(`${JSON.stringify({ id: t.id, name: t.name, owner: t.owner, role: t.role, components: t.scopeComponents, contracts: t.scopeContracts, grants: componentRole ? components.map((c) => ({ component: c, role })) : [], expiresAt: t.expiresAt, secret: created.secret })}\n`);
      } else {
        process.stderr.write(`created ${t.role} token "${t.name}" (id ${t.id}) for ${t.owner}${t.scopeComponents.length ? ` scoped to ${t.scopeComponents.join(', ')}` : ''}${componentRole ? ` with ${role} on ${components.join(', ')}` : ''}${t.expiresAt ? `, expires ${t.expiresAt.toISOString()}` : ''}\nThe secret below is shown once:\n`);
        process.stdout.write(`${created.secret}\n`);
      }
      return 0;
    } catch (err) {
      const { DomainError } = await import('../../common/errors/domain-error.js');
      if (err instanceof DomainError) throw new UsageError(err.message);
      throw err;
    } finally {
      await db.close();
    }
  },
};
