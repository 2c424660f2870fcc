// The baseline of the benchmark: the smallest Astro project that turns every MDX entry of the
// same content into a page, with the same installed astro and @astrojs/mdx.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageCollection } from './synthetic.ts';

/** Writes the bare project into `dir`, reading the MDX collections from `contentDir`. */
export function writeBareSite(
  dir: string,
  contentDir: string,
  nodeModules: string,
  collections: readonly PageCollection[],
): void {
  mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare-bench", "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const names = ${JSON.stringify(collections)};
export const collections = Object.fromEntries(
  names.map((name) => [
    name,
    defineCollection({
      loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(contentDir)} + '/' + name }),
    }),
  ]),
);
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[collection]/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const names = ${JSON.stringify(collections)};
  const entries = (await Promise.all(names.map((name) => getCollection(name)))).flat();
  return entries.map((entry) => ({
    params: { collection: entry.collection, id: entry.id },
    props: { entry },
  }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.id);
---
<!doctype html>
<html lang="nb">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><Content /></main></body>
</html>
`,
  );
}
