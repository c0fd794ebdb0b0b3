import type { Logger } from '../logging/logger';

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits; a second signal, or a stop that takes
 * longer than `graceMs`, exits at once so an operator is never stuck.
 */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger, graceMs = 15_000): void {
  let firstSignalAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstSignalAt !== undefined) {
      // Ctrl-C reaches both this process and a wrapper (npm, tsx) that relays it: the copy
      // arriving straight after the first is the same keypress, not a second request.
      if (Date.now() - firstSignalAt < 1000) return;
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    firstSignalAt = Date.now();
    logger.info({ signal }, 'stopping: draining requests');
    const timer = setTimeout(() => {
      logger.error({ graceMs }, 'stop took too long: exiting');
      process.exit(1);
    }, graceMs);
    timer.unref();
    stop().then(
      () => {
        logger.info('stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
