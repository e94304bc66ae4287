import type { Config } from '../core/config.ts';
import { buildPlatform } from '../server.ts';

/** Starts the platform and keeps it running until SIGINT or SIGTERM. */
export async function startCommand(config: Config): Promise<void> {
  const platform = await buildPlatform(config);
  const address = await platform.app.listen({ port: config.port, host: config.host });
  platform.app.log.info(
    { address, database: config.databaseUrl === undefined ? 'embedded' : 'server', mode: config.mode },
    `Tinn is listening on ${address}`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    platform.app.log.info(`${signal} received, shutting down`);
    await platform.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
