/**
 * A platform for benchmarks, run as a child process so the load generator does not share its event loop.
 * Adds two baseline routes: a bare route and the same route behind token verification.
 * Prints `READY <url>` when listening.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.ts';
import { buildPlatform } from '../../src/server.ts';
import { registerStorageBenchRoutes } from './storage-bench-routes.ts';

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-bench-'));
const config = loadConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'error' });
const platform = await buildPlatform(config);
platform.app.get('/bench/bare', async () => ({ ok: true }));
platform.app.get('/bench/authenticated', { onRequest: platform.auth.required }, async () => ({ ok: true }));
platform.app.get('/bench/memory', async () => process.memoryUsage());
await registerStorageBenchRoutes(platform);
const address = await platform.app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`READY ${address}\n`);

const stop = async () => {
  await platform.close();
  await fs.rm(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
