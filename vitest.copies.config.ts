import { defineConfig } from 'vitest/config';
import { localeModules } from './src/integrations/locale-modules.ts';

/**
 * Tests that work on copies of the project: the fifth language's pieces, each left out in turn
 * (tests/fifth/), and the editor's live preview (tests/dev/).
 */
export default defineConfig({
  plugins: [localeModules()],
  test: {
    include: ['tests/fifth/**/*.test.ts', 'tests/dev/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
  },
});
