import sanitizeHtml from 'sanitize-html';

/**
 * Everything a source sends is treated as hostile until it has passed through here: HTML is
 * reduced by sanitize-html to the few elements a job ad or a video description needs, links keep
 * only `https`, and the result is written as Markdown that MDX reads as plain text (no JSX, no
 * expression, no raw HTML), so that nothing fetched can become markup or code on the site.
 */

/** The elements kept from fetched HTML; everything else is dropped, `script` and `style` whole. */
const allowedTags = ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a', 'h2', 'h3', 'h4'];

/** Fetched HTML reduced to the allowed elements, with `href` on links and nothing else. */
export function cleanHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags,
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['https'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    // Headings of the ad's own sections sit under the page's h1 and the site's h2.
    transformTags: { h1: 'h2', b: 'strong', i: 'em' },
  });
}

/** The address if it is an absolute `https` URL without user name or password, else undefined. */
export function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) {
      return undefined;
    }
    return url.href;
  } catch {
    return undefined;
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name] ?? '');

/** Fetched text or HTML as one line of plain text: no element, no control character. */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const text = decode(sanitizeHtml(value, { allowedTags: [], allowedAttributes: {} }));
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Text escaped for a Markdown paragraph that MDX reads as plain Markdown: punctuation that
 * Markdown gives a meaning is escaped, and `<`, `>`, `{`, `}` and `&` become character
 * references, so that no JSX, expression or HTML can appear.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]#|~!]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\{/g, '&#123;')
      .replace(/\}/g, '&#125;')
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
      // MDX reads a line starting with `import` or `export` as code.
      .replace(/^(i)(?=mport\b)|^(e)(?=xport\b)/, (c) => `&#${c.charCodeAt(0)};`)
  );
}

/** A link's address made safe inside Markdown's `(…)`. */
const markdownHref = (href: string) =>
  href.replace(/[()\s<>{}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

type Block = { kind: 'p' | 'h' | 'li'; level: number; ordered: boolean; text: string };

/**
 * Fetched HTML as Markdown: paragraphs, headings (from level 3, under the page's own), lists,
 * bold, italics and `https` links, each piece of text escaped by `escapeMarkdown`.
 *
 * It walks sanitize-html's output, whose elements, attributes and entities are few and known
 * (see `cleanHtml`), so a small tokenizer is enough and no second HTML parser is needed.
 */
export function htmlToMarkdown(html: string): string {
  const clean = cleanHtml(html);
  const blocks: Block[] = [];
  const lists: boolean[] = [];
  let current: Block | undefined;
  const links: (string | undefined)[] = [];
  const open = (kind: Block['kind'], level = 0, ordered = false) => {
    close();
    current = { kind, level, ordered, text: '' };
  };
  const close = () => {
    // A line break at either end of a block says nothing.
    const text = current?.text.replace(/[ \t]+/g, ' ').replace(/^(?:\\\n|\s)+|(?:\\\n|\s)+$/g, '');
    if (current && text) blocks.push({ ...current, text });
    current = undefined;
  };
  const append = (markdown: string) => {
    if (!current) current = { kind: 'p', level: 0, ordered: false, text: '' };
    current.text += markdown;
  };

  for (const token of clean.split(/(<[^>]+>)/)) {
    if (!token) continue;
    const tag = /^<(\/?)([a-z0-9]+)(?:\s+href="([^"]*)")?\s*\/?>$/.exec(token);
    if (!tag) {
      append(escapeMarkdown(decode(token).replace(/\s+/g, ' ')));
      continue;
    }
    const [, closing, name, href] = tag;
    if (name === 'p') {
      if (closing) close();
      else open('p');
    } else if (/^h[2-4]$/.test(name ?? '')) {
      if (closing) close();
      else open('h', Number(name?.slice(1)) + 1);
    } else if (name === 'ul' || name === 'ol') {
      close();
      if (closing) lists.pop();
      else lists.push(name === 'ol');
    } else if (name === 'li') {
      if (closing) close();
      else open('li', Math.min(lists.length, 2), lists.at(-1) ?? false);
    } else if (name === 'br') {
      append('\\\n');
    } else if (name === 'strong') {
      append('**');
    } else if (name === 'em') {
      // Underscores, as Prettier writes emphasis in Markdown.
      append('_');
    } else if (name === 'a') {
      if (closing) {
        const target = links.pop();
        append(target ? `](${markdownHref(target)})` : '');
      } else {
        const target = httpsUrl(href ? decode(href) : undefined);
        links.push(target);
        if (target) append('[');
      }
    }
  }
  close();

  // The ad's own top heading level becomes 3, under the page's h1 and the site's h2, so no
  // level is skipped whatever level the source starts at.
  const top = Math.min(...blocks.map((block) => (block.kind === 'h' ? block.level : 6)));
  const lines = blocks.map((block) => {
    const text = block.text.replace(/\\\n\s*/g, '\\\n');
    if (block.kind === 'h') return `${'#'.repeat(Math.min(3 + block.level - top, 4))} ${text}`;
    if (block.kind === 'li') {
      return `${'  '.repeat(Math.max(block.level - 1, 0))}${block.ordered ? '1.' : '-'} ${text}`;
    }
    return text;
  });
  // Items of one list stay together; every other block is a paragraph of its own.
  return lines
    .map((line, i) =>
      i === 0
        ? line
        : `${blocks[i]?.kind === 'li' && blocks[i - 1]?.kind === 'li' ? '\n' : '\n\n'}${line}`,
    )
    .join('');
}

/** An item that breaks a rule of the sync; the adapter skips it and reports the reason. */
export class ItemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ItemError';
  }
}

/** The text if it is at most `max` characters long; otherwise the item is skipped. */
export function capped(text: string, max: number, field: string): string {
  if (text.length > max) {
    throw new ItemError(
      `${field} is ${text.length.toLocaleString('en')} characters long, over the limit of ${max.toLocaleString('en')}.`,
    );
  }
  return text;
}
