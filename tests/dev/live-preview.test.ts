import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, expect, it } from 'vitest';
// A script shared with the fifth-language fixture.
import { copyProject } from '../../scripts/fifth-locale.mjs';

/**
 * The editor's live preview (`npm run dev`, README "For editors"): a news
 * text dropped into seeds/ appears without a restart; a broken one shows the
 * build's message in the terminal and on the page; fixed, the page is back.
 * Runs on a copy of the project, so seeds/ here is never touched.
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const COPY = join(ROOT, '.dev-preview');
const PORT = 4328;
const URL_ = `http://127.0.0.1:${PORT}`;
let dev: ChildProcess;
let terminal = '';

const SEED = `seeds/900_live_preview.txt`;
// Test text, never published: a Russian-language note for the preview to pick up.
const GOOD = ` date 2025-11-20 Проверка живого просмотра
Это проверочный текст редакции: его кладут в папку с новостями, чтобы увидеть, как без перезапуска появляется новая страница источника.
`;
const BROKEN = ' date 2025-11-20 Проверка\nx\n';

async function poll<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    const found = await probe().catch((error: unknown) => void (last = error));
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${ms / 1000} s (last: ${String(last)} ${String((last as { cause?: unknown } | undefined)?.cause)}). The dev server said:\n${terminal.slice(-3000)}`);
}
const get = (path: string) => fetch(`${URL_}${path}`).then(async (r) => ({ status: r.status, body: await r.text() }));

beforeAll(async () => {
  copyProject(COPY);
  // As an editor starts it: without this runner's variables (with VITEST set, Vite does not listen).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(k)));
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], { cwd: COPY, env: { ...env, FORCE_COLOR: '0' } });
  dev.stdout!.on('data', (d: Buffer) => (terminal += String(d)));
  dev.stderr!.on('data', (d: Buffer) => (terminal += String(d)));
  dev.on('exit', (code, signal) => (terminal += `\n[dev server exited: ${code ?? signal}]\n`));
  await poll('the dev server', async () => ((await get('/en/sources/')).status === 200 ? true : undefined), 120_000);
}, 150_000);

afterAll(() => {
  dev?.kill();
  rmSync(COPY, { recursive: true, force: true });
});

it('shows a news text dropped into seeds/ without a restart', async () => {
  expect((await get('/en/sources/900_live_preview/')).status).toBe(404);
  writeFileSync(join(COPY, SEED), GOOD);
  await poll('the new source page', async () => ((await get('/en/sources/900_live_preview/')).status === 200 ? true : undefined));
  expect((await get('/en/sources/')).body).toContain('900_live_preview');
}, 90_000);

it('shows a broken text’s problem, as the build words it, in the terminal and in the browser’s overlay', async () => {
  writeFileSync(join(COPY, SEED), BROKEN);
  await poll('the problem in the terminal', async () => (terminal.includes(`${SEED}: has no article text`) ? true : undefined));
  expect((await get('/en/sources/')).status).toBe(500);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${URL_}/en/sources/`);
    const overlay = await poll('the overlay', async () => {
      const text = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
      return text.includes(SEED) ? text : undefined;
    });
    expect(overlay).toContain('The seeds cannot be published');
    expect(overlay).toContain(`${SEED}: has no article text`);
  } finally {
    await browser.close();
  }
}, 120_000);

it('recovers as soon as the file is fixed', async () => {
  writeFileSync(join(COPY, SEED), GOOD);
  await poll('the page back', async () => ((await get('/en/sources/900_live_preview/')).status === 200 ? true : undefined));
}, 90_000);
