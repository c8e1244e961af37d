import { defineConfig } from 'vitest/config';
import { localeModules } from './src/integrations/locale-modules.ts';

/** The built site in Firefox ESR and WebKitGTK beside Chromium (tests/engines/); needs dist/. */
export default defineConfig({
  plugins: [localeModules()],
  test: {
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 120_000,
  },
});
