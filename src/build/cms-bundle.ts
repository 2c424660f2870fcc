import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The folder of Decap CMS's prebuilt bundle (React included) in node_modules. */
const bundleDir = join(
  dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')),
  'dist',
);

/**
 * The bundle's files the browser loads: the main script, the chunks it loads on demand and
 * their WebAssembly. Source maps and the second copy under the old name `cms.js` are left out.
 */
export async function cmsBundleFiles(): Promise<string[]> {
  const files = await readdir(bundleDir);
  return files.filter((file) => /^(?:(?:\d+\.)?decap-cms\.js|[0-9a-f]+\.wasm)$/.test(file));
}

/**
 * Serves Decap CMS from the site itself under `/admin/`, never from a CDN: copies its bundle
 * into the built site, and answers for it in `astro dev`.
 */
export function cmsBundle(): AstroIntegration {
  return {
    name: 'cms-bundle',
    hooks: {
      'astro:server:setup': async ({ server }) => {
        const files = new Set(await cmsBundleFiles());
        server.middlewares.use((request, response, next) => {
          const file = /^\/admin\/([^/?]+)/.exec(request.url ?? '')?.[1];
          if (!file || !files.has(file)) return next();
          response.setHeader(
            'Content-Type',
            file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8',
          );
          createReadStream(join(bundleDir, file)).pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = new URL('admin/', dir);
        await mkdir(target, { recursive: true });
        const files = await cmsBundleFiles();
        await Promise.all(
          files.map((file) => copyFile(join(bundleDir, file), new URL(file, target))),
        );
        logger.info(`Copied Decap CMS (${files.length} files) to admin/`);
      },
    },
  };
}
