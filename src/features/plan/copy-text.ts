/**
 * The text a copy button puts on the clipboard, and the browser side of the buttons. The text
 * is plain: checklist items get an empty box (☐) so the copy can be ticked off in any editor.
 */
/** Plain text of a checklist: its title, then one "☐ item" line per item. */
export function checklistText(title: string, items: readonly string[]): string {
  return [title, ...items.map((item) => `☐ ${normaliseSpace(item)}`)].join('\n');
}

/** Plain text of a template: its title, a blank line, then its paragraphs one blank line apart. */
export function templateText(title: string, paragraphs: readonly string[]): string {
  return [title, ...paragraphs.map(normaliseSpace).filter(Boolean)].join('\n\n');
}

/**
 * Collapses runs of white space (line breaks in the source included) to single spaces, and drops
 * the soft hyphens the build puts into long words of headings (src/build/hyphenate.ts), so that
 * the copy holds the plain words.
 */
export function normaliseSpace(text: string): string {
  return text.replaceAll('\u00AD', '').replace(/\s+/g, ' ').trim();
}

/** What to copy from a rendered checklist or template element. */
function textOf(box: Element): string {
  const title = normaliseSpace(box.querySelector('[data-copy-title]')?.textContent ?? '');
  const body = box.querySelector('[data-copy-body]');
  if (!body) return title;
  if (box.hasAttribute('data-checklist')) {
    const items = [...body.querySelectorAll('li')].map((li) => li.textContent ?? '');
    return checklistText(title, items);
  }
  const blocks = [...body.querySelectorAll('p, li, h3, h4, h5, h6')].map((el) =>
    el.tagName === 'LI' ? `- ${normaliseSpace(el.textContent ?? '')}` : (el.textContent ?? ''),
  );
  return templateText(title, blocks);
}

/** Shows every copy button under `root` and makes it copy its box's text, if the browser can. */
export function setUpCopyButtons(root: Document): void {
  if (!navigator.clipboard?.writeText) return;
  for (const holder of root.querySelectorAll<HTMLElement>('[data-copy]')) {
    const button = holder.querySelector('button');
    const status = holder.querySelector('[role="status"]');
    const box = holder.closest('[data-copy-box]');
    if (!button || !status || !box || holder.dataset['ready']) continue;
    holder.dataset['ready'] = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(textOf(box)).then(
        () => (status.textContent = holder.dataset['done'] ?? ''),
        () => (status.textContent = holder.dataset['failed'] ?? ''),
      );
    });
  }
}
