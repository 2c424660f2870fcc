/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects: `unit`, pure logic beside its code or under tests/unit/, and `static`, checks
 * over every built page of every test site (tests/static/), whose global setup builds the sites
 * first. Vitest runs a project's global setup only when one of its files runs, so a unit test
 * run alone builds nothing.
 */
export default getViteConfig(
  {
    test: {
      root: new URL('..', import.meta.url).pathname,
      testTimeout: 120_000,
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'static',
            include: ['tests/static/**/*.test.ts'],
            globalSetup: ['tests/static/global-setup.ts'],
            // Files share a worker's module cache, so each worker reads and parses a site once.
            isolate: false,
          },
        },
      ],
    },
  },
  { logLevel: 'error' },
);
