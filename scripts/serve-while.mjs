import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVE = fileURLToPath(new URL('./serve.mjs', import.meta.url));

/**
 * Serves `dir` (scripts/serve.mjs) on `port` for the benchmarks and resolves
 * once it is listening. Fails if the port is taken: a benchmark would
 * otherwise measure whatever else answers there (it once measured an old
 * build left running).
 */
export function serve(dir, port) {
  const server = spawn(process.execPath, [SERVE, '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    server.stdout.once('data', () => resolve({ url: `http://127.0.0.1:${port}/`, stop: () => server.kill() }));
    server.once('exit', (code) => reject(new Error(`The static server for ${dir} could not start on port ${port} (exit ${code}): ${stderr.match(/Error[^\n]*/)?.[0] ?? stderr.trim()}`)));
  });
}
