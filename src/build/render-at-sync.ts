import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/**
 * Whether an MDX body is Markdown and nothing more, so that Markdown renders it as MDX would:
 * no JSX or HTML (`<`), no expression (`{`, `}`), no `import` or `export`, no image, and no
 * line indented like code (MDX has no indented code blocks; Markdown has). A body that begins
 * with `---` is left to MDX too, as Markdown rendering would read it as front matter.
 */
export function isPlainMarkdown(body: string): boolean {
  return !body.startsWith('---') && !/[<{}]|!\[|^(?:import|export)\b|^(?: {4}|\t)/m.test(body);
}

/** The error for an entry whose Markdown could not be rendered, naming its file. */
function renderError(filePath: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${filePath}: the text could not be rendered: ${message}`);
}

/**
 * Wraps a glob loader so that an MDX entry that is plain Markdown (`isPlainMarkdown`) is
 * rendered to HTML while the content is read, by the site's Markdown processor, instead of
 * becoming a module of the bundle that is rendered with every page that shows it. The HTML is
 * kept in the content store with the entry's digest, so a later build with the same cache
 * renders only the entries whose file changed. Entries with components stay MDX.
 *
 * Only for collections whose pages show the body as it is (`<Content />` without
 * `components`): a Markdown-rendered body has no components to replace. With `keepBody: false`
 * the source text of an entry rendered here is not kept beside its HTML, for collections that
 * read nothing but the HTML.
 */
export function renderPlainMdxAtSync(loader: Loader, { keepBody = true } = {}): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      // Renders started by the load are awaited, and fail it; later ones (a file saved while
      // `astro dev` runs) are reported in the log, as the glob loader reports its own.
      let rendering: Promise<void>[] | undefined = [];
      const store: Store = {
        ...context.store,
        set: (entry) => {
          const { deferredRender, body, ...rest } = entry;
          const { filePath } = rest;
          if (
            !deferredRender ||
            !filePath?.endsWith('.mdx') ||
            body === undefined ||
            !isPlainMarkdown(body)
          ) {
            return context.store.set(entry);
          }
          const done = context
            .renderMarkdown(body, { fileURL: new URL(filePath, context.config.root) })
            // No image paths to record: a body with an image is not plain.
            .then(
              (rendered) =>
                void context.store.set({ ...rest, ...(keepBody ? { body } : {}), rendered }),
            )
            .catch((error: unknown) => {
              throw renderError(filePath, error);
            });
          if (rendering) rendering.push(done);
          else done.catch((error: Error) => context.logger.error(error.message));
          return true;
        },
      };
      await loader.load({ ...context, store });
      const started = rendering;
      rendering = undefined;
      await Promise.all(started);
    },
  };
}

/**
 * Wraps a glob loader for a collection whose pages show an entry's body as text and never
 * render it (posts, see `PostText.astro`): no entry becomes a module of the bundle and no HTML
 * is kept beside its text, whether the file is `.md` or `.mdx`.
 */
export function keepBodyAsText(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: ({ deferredRender: _deferred, rendered: _rendered, ...entry }) =>
            context.store.set(entry),
        },
      }),
  };
}
