import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { baseTestApp, TEST_DATA_TYPES, testMetadata, writeTestApp } from '../apps/loader/test-app-folder.ts';
import { appValidateCommand } from './app-validate-command.ts';

let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'tinn-validate-'));
  await writeTestApp(baseTestApp(), path.join(root, 'good'));
  await writeTestApp(
    {
      ...baseTestApp(),
      'App/config/applicationmetadata.json': {
        ...testMetadata([...TEST_DATA_TYPES, { id: 'late', taskId: 'Task_9' }]),
        id: 'ttd/warned',
      },
    },
    path.join(root, 'warned'),
  );
  await writeTestApp(
    {
      ...baseTestApp(),
      'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'nope', tasks: ['Task_1'] }] },
    },
    path.join(root, 'bad'),
  );
});

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await appValidateCommand(args);
  vi.restoreAllMocks();
  return { code, out: out.replaceAll(`${root}${path.sep}`, ''), err };
}

describe('tinn app validate', () => {
  it('exits 0 for apps with warnings only, printing each problem and a line per app', async () => {
    const { code, out } = await run([path.join(root, 'good'), path.join(root, 'warned')]);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'warned/App/config/applicationmetadata.json:dataTypes[2].taskId: warning: the task "Task_9" is not in the process, so this data type never belongs to a task',
      'ttd/demo (good): ok, 0 warnings',
      'ttd/warned (warned): ok, 1 warning',
      '',
    ]);
  });

  it('exits 1 when an app has an error', async () => {
    const { code, out } = await run([path.join(root, 'bad')]);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'bad/App/ui/layout-sets.json:sets[0].dataType: error: the data type "nope" is not in applicationmetadata.json',
      'ttd/demo (bad): 1 error, 0 warnings',
      '',
    ]);
  });

  it('prints usage and exits 2 without folders', async () => {
    const { code, err } = await run([]);
    expect(code).toBe(2);
    expect(err).toBe('Usage: tinn app validate DIR [DIR...]\n');
  });
});
