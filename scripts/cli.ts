/** What every command-line entry point shares: a clear message and exit code 2 on bad input. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type HubConfig } from '../services/shared/src/config.ts';

export function fail(message: string, usage?: string): never {
  console.error(`error: ${message}`);
  if (usage) console.error(`usage: ${usage}`);
  process.exit(2);
}

/** The configuration, or a message naming the variable that is wrong. */
export function configOrExit(): HubConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
}

/** The command's arguments, or a message saying which one is wrong. */
export function argsOrExit<T extends ParseArgsConfig>(config: T, usage?: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    fail((error as Error).message, usage);
  }
}
