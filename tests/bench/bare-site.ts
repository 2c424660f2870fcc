// The baseline of the benchmark: the smallest Astro project that turns every MDX entry of the
// same content into a page, with the same installed astro and @astrojs/mdx.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageCollection } from './synthetic.ts';

/**
 * Writes the bare project into `dir`: one page per entry of `collections`, loaded with the
 * site's own content configuration (`siteContentConfig`), and nothing more.
 */
export function writeBareSite(
  dir: string,
  siteContentConfig: string,
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
  // The site's own collections and schemas (CONTENT_DIR points them at the content), so MDX
  // components that read other entries work; what is left out is everything else the site does.
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `export { collections } from ${JSON.stringify(siteContentConfig)};\n`,
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
