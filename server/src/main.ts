/** Starts the server: reads the configuration, opens storage, listens, and shuts down cleanly. */
import { buildApp } from './app';
import { ConfigError, readConfig } from './env';
import { StorageUnavailable, openStorage, redactedUrl } from './storage/open';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  let storage;
  try {
    storage = await openStorage(config);
  } catch (err) {
    if (err instanceof StorageUnavailable) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const app = await buildApp({ config, storage });
  const address = await app.listen({ port: config.port, host: config.host });
  const store = config.databaseUrl ? { database: redactedUrl(config.databaseUrl) } : { dataDir: config.dataDir };
  app.log.info({ address, ...store, publicUrl: config.publicUrl ?? address }, 'Nærværsmøtet is ready');
  // One plain line for the person who started it, whatever the log level.
  console.log(`Nærværsmøtet kjører på ${config.publicUrl ?? address}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    try {
      await app.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
