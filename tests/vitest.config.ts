/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
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
            // Vitest's default leaves a core idle (one worker on two cores); these files do
            // nothing but compute, so every core gets one. Its own group, after the unit tests,
            // since Vitest runs projects with different worker counts one group at a time.
            maxWorkers: availableParallelism(),
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  },
  { logLevel: 'error' },
);
