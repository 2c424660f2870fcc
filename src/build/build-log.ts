import type { Rolldown } from 'vite';

type Log = Rolldown.RollupLog;

/**
 * Drops the bundler's warning about the `"use astro:head-inject"` directive that Astro itself
 * puts into every MDX module. It says nothing the site can act on, and one warning with a code
 * frame per entry buried every other message under thousands of lines at scale.
 */
export function quietMdxDirectives(warning: Log, warn: (warning: Log) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) {
    return;
  }
  warn(warning);
}
