/** `npm run seed`: the demo organisation (see demo-data.ts); refuses to run in production. */
import 'reflect-metadata';
import { ConfigValidationError, loadConfig } from '@hp/config';
import { prepareDatabase } from '@hp/database';
import { describeDemo, seedDemo } from './demo-data.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.NODE_ENV === 'production') throw new Error('npm run seed refuses to run with NODE_ENV=production');
  await prepareDatabase(config, { log: (message) => console.log(message) });
  const demo = await seedDemo(config);
  console.log(demo ? describeDemo(demo) : 'The demo organisation exists already; nothing to do.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
});
