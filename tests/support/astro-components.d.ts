/**
 * Lets plain `tsc` type-check unit tests that render Astro components with the container API;
 * `astro check` types `.astro` files itself, `tsc` does not know them.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

  const component: AstroComponentFactory;
  export default component;
}
