import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, ROOT, files } from './builds';

/** The W3C Nu HTML checker (vnu-jar, on the machine's Java) reports no error on any page. */
describe.each(BUILDS)('valid HTML in the $name build', ({ dir }) => {
  it('has zero Nu checker errors', () => {
    const pages = files(dir, '.html');
    let output = '';
    try {
      execFileSync('java', ['-jar', join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'gnu', ...pages], { stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(output.split('\n').filter(Boolean)).toEqual([]);
    expect(pages.length).toBeGreaterThan(30);
  });
});
