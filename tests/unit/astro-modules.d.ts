// Plain `tsc` does not read .astro files (astro check does); unit tests that render components
// with the container API import them, so tell tsc what such an import is.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
