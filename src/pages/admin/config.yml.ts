import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../features/editor/cms-config';

/**
 * The browser editor's configuration as YAML, generated from `src/features/editor/cms-config.ts`,
 * for reading. The editor itself takes it from its script (`admin.ts`), so a server that sends
 * this file with another content type changes nothing.
 */
export const GET: APIRoute = () =>
  new Response(
    `# Written by the build from src/features/editor/cms-config.ts; edit that file, not this one. The editor reads the same configuration from its script, not from this file.\n${stringify(cmsConfig(), { lineWidth: 0 })}`,
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
