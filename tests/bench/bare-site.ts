// The baseline of the benchmark: the smallest Astro project that turns every MDX entry of the
// same content into a page, with the same installed astro and @astrojs/mdx.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageCollection } from './synthetic.ts';

/**
 * Writes the bare project into `dir`: one page per entry of `collections`, loaded with the
 * site's own content configuration, and nothing more. It is built with the repository as its
 * root (and `dir/src` as its source folder), because MDX entries import the site's components
 * and Astro compiles components outside the project root incorrectly. Returns the config file.
 */
export function writeBareSite(
  dir: string,
  repo: string,
  collections: readonly PageCollection[],
): string {
  mkdirSync(join(dir, 'src/pages/[collection]'), { recursive: true });
  mkdirSync(join(dir, 'public'));
  // The config file is loaded from `dir`, so its imports need the repository's packages.
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const config = join(dir, 'astro.config.mjs');
  writeFileSync(
    config,
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { quietMdxDirectives } from ${JSON.stringify(join(repo, 'src/build/build-log.ts'))};
export default defineConfig({
  srcDir: ${JSON.stringify(join(dir, 'src'))},
  publicDir: ${JSON.stringify(join(dir, 'public'))},
  integrations: [mdx()],
  // The same quiet log as the site's, so that both builds print alike.
  vite: { build: { rolldownOptions: { onwarn: quietMdxDirectives } } },
  devToolbar: { enabled: false },
});
`,
  );
  // The site's own collections and schemas (CONTENT_DIR points them at the content), so MDX
  // components that read other entries work; each collection that becomes pages is read by
  // Astro's own glob loader with its default MDX handling, as in any Astro project, instead of
  // the site's loaders (src/build/render-at-sync.ts), which are part of what is measured.
  const from = (path: string) => JSON.stringify(join(repo, path));
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { collections as site } from ${from('src/content.config.ts')};
import { entryId } from ${from('src/core/slugs.ts')};
import { contentDir } from ${from('src/build/content-dir.ts')};

const pages: string[] = ${JSON.stringify(collections)};
export const collections = Object.fromEntries(
  Object.entries(site).map(([name, collection]) => [
    name,
    pages.includes(name)
      ? defineCollection({
          ...collection,
          loader: glob({
            pattern: '**/*.{md,mdx}',
            base: \`\${contentDir}/\${name}\`,
            generateId: ({ entry }) => entryId(entry),
          }),
        })
      : collection,
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
  return config;
}
