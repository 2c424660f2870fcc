import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../../features/editor/cms-config';

/** The browser editor's configuration, generated from `src/features/editor/cms-config.ts`. */
export const GET: APIRoute = () =>
  new Response(
    `# Written by the build from src/features/editor/cms-config.ts; edit that file, not this one.\n${stringify(cmsConfig(), { lineWidth: 0 })}`,
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
