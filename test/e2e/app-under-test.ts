// One real server and one headless Chromium per test file, started before its tests and closed after.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './chromium';
import { startServer, type TestServer } from './server';

export interface AppUnderTest {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * Registers the file's beforeAll/afterAll; read `server` and `browser` inside tests.
 * @example const app = useAppUnderTest(); … await openPage(app.browser, app.server.url);
 */
export function useAppUnderTest(): AppUnderTest {
  let server: TestServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 60_000);

  return {
    get server() {
      if (!server) throw new Error('The test server starts in beforeAll; use it inside a test.');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll; use it inside a test.');
      return browser;
    },
  };
}
