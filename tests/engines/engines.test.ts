import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser as PwBrowser } from '@playwright/test';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { LOCALES } from '../../src/i18n/locales';
import { routePath, type Route } from '../../src/lib/routes';
import { collectSeeds } from '../../src/loaders/seeds/collect';

/**
 * The root build in Firefox ESR (WebDriver BiDi, through puppeteer-core)
 * and WebKitGTK (WebKitWebDriver under Xvfb; its console read from
 * MiniBrowser's own output), beside Chromium: every page kind in every
 * locale loads with nothing in the console and no CSP message; search gives
 * Chromium's results; highlighting on arrival, the "/" shortcut and no
 * sideways scroll at 375 px. Debian's engines: `apt-get install firefox-esr
 * webkit2gtk-driver xvfb` (.ci/run).
 */
const ROOT = new URL('../..', import.meta.url).pathname;
const PORT = 4326;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DISPLAY = ':97';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const { seeds } = await collectSeeds(ROOT);
const ROUTES: Route[] = [
  { kind: 'explainer' },
  { kind: 'background' },
  { kind: 'chronology' },
  { kind: 'glossary' },
  { kind: 'sources' },
  { kind: 'source', id: seeds[0]!.id },
  { kind: 'method' },
  { kind: 'search' },
];
const PAGES = ['/', '/no-such-page/', ...LOCALES.flatMap((l) => ROUTES.map((r) => routePath(l.code, r)))];
/** A query per locale, whose results every engine must list alike. */
const QUERIES: Record<string, string> = { en: 'Tokayev', ru: 'Судан', kk: 'Қазақстан', ar: 'الاتفاقات' };
const queryFor = (lang: string) => QUERIES[lang] ?? 'Tokayev';

const children: ChildProcess[] = [];
const start = (cmd: string, args: string[], env: Record<string, string> = {}) => {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
};
const until = async (url: string) => {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
};

// Collected in every page before its own scripts: script errors and CSP violations.
const WATCH = `window.__problems = [];
addEventListener('error', (e) => __problems.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => __problems.push('rejection: ' + e.reason));
document.addEventListener('securitypolicyviolation', (e) => __problems.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));`;

/** What a search page shows: each result's destination, in order. */
const RESULTS = `return [...document.querySelectorAll('a.result__title')].map((a) => new URL(a.href).pathname + new URL(a.href).hash)`;
const DONE = `return performance.getEntriesByName('search:done').length > 0`;

let chrome: PwBrowser;
let firefox: PpBrowser;
let webkit: WebDriver;
const reference: Record<string, string[]> = {};

beforeAll(async () => {
  start('node', ['scripts/serve.mjs', '--dir', 'dist', '--port', String(PORT)]);
  start('Xvfb', [DISPLAY, '-screen', '0', '1280x1024x24']);
  await until(`${ORIGIN}/`);
  chrome = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await chrome.newPage();
  for (const l of LOCALES) {
    await page.goto(`${ORIGIN}${routePath(l.code, { kind: 'search' })}?q=${encodeURIComponent(queryFor(l.code))}`);
    await page.waitForFunction(() => performance.getEntriesByName('search:done').length > 0, null, { timeout: 20_000 });
    reference[l.code] = await page.evaluate(new Function(RESULTS) as () => string[]);
  }
  firefox = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: '/usr/bin/firefox-esr', headless: true });
  const driver = start('WebKitWebDriver', ['--port=4446'], { DISPLAY, LANG: 'C.UTF-8' });
  void driver;
  await new Promise((r) => setTimeout(r, 800));
  webkit = await new Builder()
    .usingServer('http://127.0.0.1:4446')
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
    .build();
}, 120_000);

afterAll(async () => {
  await webkit?.quit().catch(() => {});
  await firefox?.close().catch(() => {});
  await chrome?.close().catch(() => {});
  for (const c of children) c.kill();
});

describe('Firefox ESR', () => {
  async function open(path: string, width = 1280): Promise<{ page: PpPage; logged: string[] }> {
    const page = await firefox.newPage();
    await page.setViewport({ width, height: 900 });
    const logged: string[] = [];
    page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && logged.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logged.push(`pageerror: ${(e as Error).message}`));
    await page.evaluateOnNewDocument(WATCH);
    await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle0' });
    return { page, logged };
  }

  it(`loads ${PAGES.length} pages with nothing logged and no CSP message`, async () => {
    const problems: string[] = [];
    for (const path of PAGES) {
      const { page, logged } = await open(path);
      problems.push(...logged.map((m) => `${path}: ${m}`), ...(await page.evaluate(() => (window as unknown as { __problems: string[] }).__problems)).map((m) => `${path}: ${m}`));
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('gives the results Chromium gives, in every locale', async () => {
    for (const l of LOCALES) {
      const { page } = await open(`${routePath(l.code, { kind: 'search' })}?q=${encodeURIComponent(queryFor(l.code))}`);
      await page.waitForFunction(new Function(DONE) as () => boolean, { timeout: 20_000 });
      expect(await page.evaluate(new Function(RESULTS) as () => string[]), l.code).toEqual(reference[l.code]);
      await page.close();
    }
  }, 120_000);

  it('highlights on arrival, focuses search on “/”, and has no sideways scroll at 375 px', async () => {
    const { page } = await open(`${routePath('en', { kind: 'explainer' })}?highlight=Tokayev`, 375);
    expect(await page.evaluate(() => CSS.highlights.get('search-hit')?.size ?? 0)).toBeGreaterThan(0);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.close();
    for (const l of LOCALES) {
      for (const r of ROUTES) {
        const { page: p } = await open(routePath(l.code, r), 375);
        expect(await p.evaluate(() => document.documentElement.scrollWidth), `${l.code} ${r.kind}`).toBeLessThanOrEqual(375);
        await p.close();
      }
    }
  }, 300_000);
});

describe('WebKitGTK', () => {
  it(`loads ${PAGES.length} pages with nothing in its console: no script error, no CSP message`, async () => {
    // MiniBrowser writes its console (script errors, CSP violations and CSP parse errors, which no
    // event reports) to its output: every page in one run, each in a window of its own.
    const run = spawn(MINIBROWSER, ['--enable-write-console-messages-to-stdout=true', ...PAGES.map((p) => `${ORIGIN}${p}`)], { env: { ...process.env, DISPLAY, LANG: 'C.UTF-8' } });
    let out = '';
    run.stdout.on('data', (d: Buffer) => (out += String(d)));
    run.stderr.on('data', (d: Buffer) => (out += String(d)));
    await new Promise((r) => setTimeout(r, 12_000));
    run.kill();
    const console = out.split('\n').filter((line) => /^CONSOLE/.test(line));
    expect(console).toEqual([]);
  }, 60_000);

  it('gives the results Chromium gives, in every locale', async () => {
    for (const l of LOCALES) {
      await webkit.get(`${ORIGIN}${routePath(l.code, { kind: 'search' })}?q=${encodeURIComponent(queryFor(l.code))}`);
      await webkit.wait(async () => (await webkit.executeScript(DONE)) as boolean, 20_000);
      expect((await webkit.executeScript(RESULTS)) as string[], l.code).toEqual(reference[l.code]);
    }
  }, 120_000);

  it('highlights on arrival, focuses search on “/”, and has no sideways scroll at 375 px', async () => {
    await webkit.get(`${ORIGIN}${routePath('en', { kind: 'explainer' })}?highlight=Tokayev`);
    await webkit.sleep(500);
    expect((await webkit.executeScript("return CSS.highlights.get('search-hit')?.size ?? 0")) as number).toBeGreaterThan(0);
    await webkit.actions().sendKeys('/').perform();
    expect(await webkit.executeScript("return document.activeElement?.getAttribute('type')")).toBe('search');
    // MiniBrowser's window is never narrower than about 450 px: a page is measured in a 375 px frame.
    for (const l of LOCALES) {
      for (const r of ROUTES) {
        // A page without a policy to hold the frame (the site's own pages allow no frames).
        await webkit.get(`${ORIGIN}/robots.txt`);
        const width = (await webkit.executeAsyncScript(
          `const done = arguments[arguments.length - 1];
           const f = document.createElement('iframe');
           f.style.width = '375px'; f.style.height = '800px'; f.style.border = '0';
           f.onload = () => setTimeout(() => done(f.contentDocument.documentElement.scrollWidth), 200);
           f.src = arguments[0]; document.body.append(f);`,
          routePath(l.code, r),
        )) as number;
        expect(width, `${l.code} ${r.kind}`).toBeLessThanOrEqual(375);
      }
    }
  }, 300_000);
});
