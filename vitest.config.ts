import { defineConfig } from 'vitest/config';
import { localeModules } from './src/integrations/locale-modules.ts';

export default defineConfig({
  plugins: [localeModules()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
