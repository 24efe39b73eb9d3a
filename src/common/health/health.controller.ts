import { Controller, Get, Injectable } from '@nestjs/common';
import { Access } from '../../auth/access.decorator.js';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DatabaseProbe } from './database-probe.js';

/** Flipped on SIGTERM so load balancers stop sending traffic before the server closes. */
@Injectable()
export class ShutdownState {
  shuttingDown = false;
}

@Controller('health')
@Access('public')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly shutdown: ShutdownState,
    private readonly probe: DatabaseProbe,
    private readonly indicator: HealthIndicatorService,
  ) {}

  /** Process liveness only: never touches the database. */
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => (this.probe.dedicated ? this.pingOwnConnection() : this.db.pingCheck('database', { timeout: 1000 })),
      async () => {
        if (this.shutdown.shuttingDown) throw new Error('shutting down');
        return { shutdown: { status: 'up' } };
      },
    ]);
  }

  private async pingOwnConnection() {
    const check = this.indicator.check('database');
    try {
      await this.probe.ping();
      return check.up();
    } catch (err) {
      return check.down({ message: err instanceof Error ? err.message : String(err) });
    }
  }
}
