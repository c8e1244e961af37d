import { defineConfig } from 'vitest/config';
import { localeModules } from './src/integrations/locale-modules.ts';

/** Checks over the built sites (dist/ at the root, dist-sub/ under a sub-path); run after both builds. */
export default defineConfig({
  plugins: [localeModules()],
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
