/**
 * The platform as its own process, configured from the environment like the real server, for tests that
 * need to kill it. Prints `READY <url>` once it listens; SIGTERM closes it.
 */
import { loadConfig } from '../../src/core/config.ts';
import { buildPlatform } from '../../src/server.ts';

const config = loadConfig({ LOG_LEVEL: 'silent', ...process.env, PORT: '0' });
const platform = await buildPlatform(config);
const address = await platform.app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`READY ${address}\n`);
process.on('SIGTERM', () => {
  void platform.close().finally(() => process.exit(0));
});
