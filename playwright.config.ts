import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run against the built site, served statically by
 * scripts/serve.mjs, in Debian's Chromium (Playwright's own browser download
 * is not available on these machines). Every test runs twice: on the root
 * build (dist/) and on a build under a sub-path (dist-sub/), as a static
 * host would serve each.
 */
export const SUBPATH = '/deep/sub/path/';
const ROOT_PORT = 4321;
const SUB_PORT = 4322;
const CORPUS_PORT = 4323;
const FIFTH_PORT = 4324;
const NGINX_PORT = 4325;
const server = (port: number, dir: string, base: string) => ({
  command: `node scripts/serve.mjs --dir ${dir} --base ${base} --port ${port}`,
  url: `http://127.0.0.1:${port}${base}`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'root', testIgnore: /corpus\.spec|fifth-locale\.spec|nginx\.spec/, use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', testIgnore: /corpus\.spec|fifth-locale\.spec|nginx\.spec/, use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUBPATH}` } },
    // The site with a fifth language added from tests/fixtures/fifth-locale/ (npm run build:fifth).
    { name: 'fifth', testMatch: /fifth-locale\.spec/, use: { baseURL: `http://127.0.0.1:${FIFTH_PORT}/` } },
    // The sub-path build on Debian's nginx, configured as the README says (scripts/nginx-serve.mjs).
    { name: 'nginx', testMatch: /nginx\.spec/, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}${SUBPATH}` } },
    // The site built with the hostile-input corpus and a 2 MB seed (npm run build:corpus).
    { name: 'corpus', testMatch: /corpus\.spec/, use: { baseURL: `http://127.0.0.1:${CORPUS_PORT}/` } },
  ],
  webServer: [server(ROOT_PORT, 'dist', '/'), server(SUB_PORT, 'dist-sub', SUBPATH), server(CORPUS_PORT, 'dist-corpus', '/'), server(FIFTH_PORT, '.fifth-locale/dist', '/'),
    { command: `node scripts/nginx-serve.mjs --dir dist-sub --base ${SUBPATH} --port ${NGINX_PORT}`, url: `http://127.0.0.1:${NGINX_PORT}${SUBPATH}`, reuseExistingServer: !process.env.CI, timeout: 60_000 },
  ],
});
