import { defineConfig } from 'vitest/config';
import { localeModules } from './src/integrations/locale-modules.ts';

/** The fifth language's pieces, each left out in turn (tests/fifth/); builds a copy per piece. */
export default defineConfig({
  plugins: [localeModules()],
  test: {
    include: ['tests/fifth/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
  },
});
