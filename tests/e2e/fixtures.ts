import { test as base, expect } from '@playwright/test';

/**
 * Every test gets a page on which each request to a host other than the local server is
 * aborted and recorded. A test that expects such a request routes it itself (a later
 * `page.route` wins); anything that reaches this guard fails the test.
 */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const blocked: string[] = [];
      await context.route(
        (url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
        (route) => {
          blocked.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      await use(blocked);
      expect(blocked, 'requests to other hosts than the site itself').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
