/**
 * Accessible names Decap CMS leaves off its own controls. Its list items have icon-only
 * buttons and a drag handle with no name, and its preview is a frame without a title (axe:
 * button-name, aria-command-name, frame-title), and the thumbnails of its media cards no text
 * alternative (image-alt), though the card names the file beside them. The names are set on the elements as Decap
 * draws them; an element that already has a name keeps it.
 */

/** Which unnamed element gets which name, in the order they are tried. */
export const controlNames: readonly {
  selector: string;
  name: string;
  attribute?: 'title' | 'alt';
}[] = [
  { selector: 'iframe#preview-pane', name: 'Forhåndsvisning', attribute: 'title' },
  // dnd-kit's handle for moving a list item (role="button", aria-roledescription="sortable").
  { selector: '[aria-roledescription="sortable"]', name: 'Flytt' },
  // A list item's top bar: the first button folds the item in and out, the last removes it.
  { selector: 'button[class*="-TopBarButton"]:first-child', name: 'Vis eller skjul' },
  { selector: 'button[class*="-TopBarButton"]:last-child', name: 'Fjern' },
  // A media card's thumbnail: the card shows the file's name as text, so it is decorative.
  { selector: 'img[class*="-CardImage"]', name: '', attribute: 'alt' },
];

/** Whether the element already has a name of its own (text, label, title or alt). */
function named(element: Element): boolean {
  if (element instanceof HTMLImageElement) return element.hasAttribute('alt');
  return Boolean(
    element.getAttribute('aria-label')?.trim() ||
    element.getAttribute('aria-labelledby')?.trim() ||
    element.getAttribute('title')?.trim() ||
    element.textContent?.trim(),
  );
}

/** Names every unnamed control under `root` that `controlNames` knows. */
export function nameControls(root: ParentNode): void {
  for (const { selector, name, attribute = 'aria-label' } of controlNames) {
    for (const element of root.querySelectorAll(selector)) {
      if (!named(element)) element.setAttribute(attribute, name);
    }
  }
}

/** Names Decap's controls now and whenever it draws new ones. */
export function keepControlsNamed(root: HTMLElement): void {
  nameControls(root);
  new MutationObserver(() => nameControls(root)).observe(root, { childList: true, subtree: true });
}
