/**
 * The header's menu on narrow screens: a disclosure button that shows and hides the list of
 * links. Without this script the menu still opens, through a link to the list (`:target`).
 */

/** Turns the menu link into a button with `aria-expanded` and wires up Escape. */
export function initMenu(nav: HTMLElement): void {
  const button = nav.querySelector<HTMLButtonElement>('button[aria-controls]');
  const fallback = nav.querySelector<HTMLAnchorElement>('.site-nav__fallback');
  if (!button) return;
  nav.dataset['js'] = '';
  button.hidden = false;
  if (fallback) fallback.hidden = true;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.toggleAttribute('data-open', open);
  };
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
}
