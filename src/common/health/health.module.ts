import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseProbe } from './database-probe.js';
import { HealthController, ShutdownState } from './health.controller.js';

@Global()
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'pretty' })],
  controllers: [HealthController],
  providers: [ShutdownState, DatabaseProbe],
  exports: [ShutdownState],
})
export class HealthModule {}
