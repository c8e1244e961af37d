import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostingFiles, nginxSnippet } from '../../src/lib/hosting';

/** The README shows what the build writes: the same lines, for a root deployment. */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const shown = (name: string) => new RegExp(`<!-- hosting:${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(README)?.[1];

describe('the README’s host snippets', () => {
  const names = { nginx: 'nginx.conf', apache: 'apache.conf', caddy: 'Caddyfile', lighttpd: 'lighttpd.conf' } as const;
  for (const [name, file] of Object.entries(names)) {
    it(`${name}: the README shows what the build writes for BASE=/`, () => {
      expect(shown(name)).toBe(hostingFiles('/')[file]);
    });
  }
  it('puts BASE in every path under a sub-path', () => {
    const sub = nginxSnippet('/deep/sub/path/');
    expect(sub).toContain('error_page 404 /deep/sub/path/404.html;');
    expect(sub).toContain('location /deep/sub/path/ {');
    expect(README).not.toMatch(/\.pagefind.{0,40}application\/octet-stream.{0,20}serve|Serve\s+`\.pagefind`/i);
  });
});
