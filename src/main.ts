import { Logger } from '@nestjs/common';
import { createApp } from './app.js';
import { loadConfig } from './config/env.schema.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  const where = config.embedded ? `embedded PostgreSQL in ${config.REGISTRY_DATA_DIR}` : 'PostgreSQL from DATABASE_URL';
  new Logger('Registry').log(`listening on http://localhost:${config.PORT} (GraphQL at /graphql), data: ${where}`);
}

bootstrap().catch((err) => {
  // Refuse to start on invalid configuration or an unreachable database, with the reason.
  process.stderr.write(`registry failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
