import { ConfigError, loadConfig } from './config/app-config.js';
import { createApp, runStartupTasks } from './bootstrap.js';
import { rootLogger } from './common/logging/logger.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config);
  await runStartupTasks(app, config);
  await app.listen(config.port, config.host);
  rootLogger().info(
    { host: config.host, port: config.port, web: config.webDistDir !== undefined },
    'API listening',
  );
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(78);
  }
  rootLogger().fatal({ err: e }, 'API failed to start');
  process.exit(1);
});
