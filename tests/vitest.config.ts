/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      root: new URL('..', import.meta.url).pathname,
      include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
      testTimeout: 120_000,
    },
  },
  { logLevel: 'error' },
);
