import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../core/config.ts';
import { appValidateCommand } from './app-validate-command.ts';
import { importCommand } from './import-command.ts';
import { startCommand } from './start-command.ts';
import { tokenCommand } from './token-command.ts';

const USAGE = `Usage: tinn <command> [options]

Commands:
  start                 start the platform (configuration from the environment, see README)
  import PATH...        import test data (app-localtest folders, testData.json files) into the database
  token KIND [options]  mint a token with the platform's key (KIND: user, serviceowner, org; see tinn token)
  app validate DIR...   check app folders (Altinn app repository layout); non-zero exit on errors
  help                  show this text
`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const [command] = positionals;
  switch (command) {
    case 'start':
      await startCommand(loadConfig());
      return -1;
    case 'import':
      return importCommand(loadConfig(), positionals.slice(1));
    case 'token':
      return tokenCommand(loadConfig(), argv.slice(argv.indexOf('token') + 1));
    case 'app':
      if (positionals[1] !== 'validate') {
        process.stderr.write(`Unknown command "app ${positionals[1] ?? ''}"\n\n${USAGE}`);
        return 2;
      }
      return appValidateCommand(positionals.slice(2));
    case undefined:
    case 'help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`Unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

try {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exitCode = code;
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
