import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { isPlainMarkdown, keepBodyAsText, renderPlainMdxAtSync } from './render-at-sync';

/** An entry as a loader stores it. */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

describe('isPlainMarkdown', () => {
  it.each([
    ['paragraphs', 'Første avsnitt.\n\nAndre avsnitt med **fet** og _kursiv_ tekst.'],
    [
      'headings, lists, quotes and links',
      '## Overskrift\n\n- en\n- to\n\n> Sitat\n\n[lenke](https://example.org/)',
    ],
    ['a list item continued two spaces in', '- første punkt\n  fortsetter her'],
    ['a fenced code block', '```\nkode\n```'],
    [
      'an "important" word starting a line',
      'Important news: the word import is fine inside a line.\nimportant',
    ],
  ])('is true for %s', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(true);
  });

  it.each([
    ['a component', 'Tekst.\n\n<Checklist title="Sjekk">\n- en\n</Checklist>'],
    ['HTML', 'Tekst med <abbr title="Norsk arbeids- og velferdsforvaltning">NAV</abbr>.'],
    ['an autolink', 'Se <https://example.org/>.'],
    ['an escaped angle bracket', 'Mindre enn \\< fem'],
    ['an expression', 'Året er {2026}.'],
    ['an import', "import Principle from '../Principle.astro';\n\nTekst."],
    ['an export', 'export const year = 2026;\n\nTekst.'],
    ['an image', '![Et bilde](./bilde.jpg)'],
    ['a line indented four spaces', 'Tekst.\n\n    innrykket'],
    ['a line indented with a tab', 'Tekst.\n\n\tinnrykket'],
    ['a thematic break first', '---\n\nTekst.'],
  ])('is false for %s', (_, body) => {
    expect(isPlainMarkdown(body)).toBe(false);
  });
});

/** A loader that stores `entries` as the glob loader stores MDX: deferred to the bundle. */
function storing(entries: DataEntry[]): Loader {
  return {
    name: 'test-loader',
    load: async ({ store }) => {
      for (const entry of entries) store.set(entry);
    },
  };
}

/** The parts of a loader's context the wrapper uses, with a store that keeps what is set. */
function context(render: (body: string) => Promise<string>) {
  const stored = new Map<string, DataEntry>();
  const rendered: { body: string; fileURL: string }[] = [];
  const errors: string[] = [];
  const value = {
    config: { root: new URL('file:///site/') },
    logger: { error: (message: string) => errors.push(message) },
    store: {
      set: (entry: DataEntry) => {
        stored.set(entry.id, entry);
        return true;
      },
    },
    renderMarkdown: async (body: string, options?: { fileURL?: URL }) => {
      rendered.push({ body, fileURL: String(options?.fileURL) });
      return { html: await render(body), metadata: {} };
    },
  } as unknown as LoaderContext;
  return { value, stored, rendered, errors };
}

const entry = (id: string, filePath: string, body: string): DataEntry => ({
  id,
  data: { title: id },
  body,
  filePath,
  digest: `digest-${id}`,
  deferredRender: true,
});

describe('renderPlainMdxAtSync', () => {
  it('renders a plain MDX entry to HTML as it is read and leaves one with a component to the bundle', async () => {
    const { value, stored, rendered } = context(async (body) => `<p>${body}</p>`);
    await renderPlainMdxAtSync(
      storing([
        entry('plain', 'content/posts/plain.mdx', 'Bare tekst.'),
        entry('component', 'content/posts/component.mdx', '<FacebookPost />'),
      ]),
    ).load(value);

    expect(rendered).toEqual([
      { body: 'Bare tekst.', fileURL: 'file:///site/content/posts/plain.mdx' },
    ]);
    expect(stored.get('plain')).toEqual({
      id: 'plain',
      data: { title: 'plain' },
      body: 'Bare tekst.',
      filePath: 'content/posts/plain.mdx',
      digest: 'digest-plain',
      rendered: { html: '<p>Bare tekst.</p>', metadata: {} },
    });
    expect(stored.get('component')).toMatchObject({ deferredRender: true });
    expect(stored.get('component')).not.toHaveProperty('rendered');
  });

  it('keeps only the HTML of an entry it renders with `keepBody: false`, and the text of one left to the bundle', async () => {
    const { value, stored } = context(async (body) => `<p>${body}</p>`);
    await renderPlainMdxAtSync(
      storing([
        entry('plain', 'content/news/plain.mdx', 'Bare tekst.'),
        entry('component', 'content/news/component.mdx', '<FacebookPost />'),
      ]),
      { keepBody: false },
    ).load(value);

    expect(stored.get('plain')).toEqual({
      id: 'plain',
      data: { title: 'plain' },
      filePath: 'content/news/plain.mdx',
      digest: 'digest-plain',
      rendered: { html: '<p>Bare tekst.</p>', metadata: {} },
    });
    expect(stored.get('component')).toMatchObject({
      body: '<FacebookPost />',
      deferredRender: true,
    });
  });

  it('passes entries that are not deferred MDX through as they are', async () => {
    const { value, stored, rendered } = context(async (body) => body);
    const markdown: DataEntry = {
      id: 'md',
      data: {},
      body: 'Tekst.',
      filePath: 'content/news/md.md',
      rendered: { html: '<p>Tekst.</p>' },
    };
    const yaml: DataEntry = { id: 'yaml', data: { name: 'Kanal' }, filePath: 'content/x.yaml' };
    await renderPlainMdxAtSync(storing([markdown, yaml])).load(value);

    expect(rendered).toEqual([]);
    expect(stored.get('md')).toBe(markdown);
    expect(stored.get('yaml')).toBe(yaml);
  });

  it('fails the load with the file when the Markdown cannot be rendered', async () => {
    const { value } = context(async () => {
      throw new Error('unexpected end of input');
    });
    await expect(
      renderPlainMdxAtSync(storing([entry('bad', 'content/jobs/bad.mdx', 'Tekst.')])).load(value),
    ).rejects.toThrow(
      'content/jobs/bad.mdx: the text could not be rendered: unexpected end of input',
    );
  });

  it('reports a file changed after the load (in `astro dev`) in the log instead of failing', async () => {
    const { value, errors } = context(async () => {
      throw new Error('unexpected end of input');
    });
    let later: LoaderContext['store'] | undefined;
    await renderPlainMdxAtSync({
      name: 'watching-loader',
      load: async ({ store }) => {
        later = store;
      },
    }).load(value);
    later?.set(entry('saved', 'content/news/saved.mdx', 'Tekst.'));
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(errors).toEqual([
      'content/news/saved.mdx: the text could not be rendered: unexpected end of input',
    ]);
  });
});

describe('keepBodyAsText', () => {
  it('stores every entry with its text, neither deferred to the bundle nor rendered', async () => {
    const { value, stored, rendered } = context(async (body) => body);
    const markdown: DataEntry = {
      id: 'md',
      data: {},
      body: 'Tekst fra **plattformen**.',
      filePath: 'content/posts/md.md',
      digest: 'digest-md',
      rendered: { html: '<p>Tekst fra <strong>plattformen</strong>.</p>' },
    };
    await keepBodyAsText(
      storing([entry('pasted', 'content/posts/pasted.mdx', 'Limt inn: <b>fet</b>'), markdown]),
    ).load(value);

    expect(rendered).toEqual([]);
    expect(stored.get('pasted')).toEqual({
      id: 'pasted',
      data: { title: 'pasted' },
      body: 'Limt inn: <b>fet</b>',
      filePath: 'content/posts/pasted.mdx',
      digest: 'digest-pasted',
    });
    expect(stored.get('md')).toEqual({
      id: 'md',
      data: {},
      body: 'Tekst fra **plattformen**.',
      filePath: 'content/posts/md.md',
      digest: 'digest-md',
    });
  });
});
