/**
 * The one click-to-load mechanism for every frame from another host: the recruitment video
 * player and the post embeds. A page holds only the frame's address as data; the frame is made
 * when the visitor presses the control, or at once when the visitor has asked this browser to
 * remember the platform (`src/core/embeds/consent.ts`, the one consent store).
 *
 * Markup it reads, inside an element with `data-click-to-load`:
 * - on that element: `data-platform`, `data-embed-src`, `data-embed-title`, and optionally
 *   `data-embed-height`, `data-embed-class`, `data-embed-allow`, `data-embed-lazy`,
 *   `data-embed-autoplay` (add `autoplay=1` when a press loads the frame) and `data-play-label`
 *   (the control's text once it is a button);
 * - `[data-load-controls]`: what the visitor uses before the frame loads; shown by this script
 *   when it carries `hidden`, removed once the frame is there;
 * - `[data-load-trigger]`: the control; a link (the no-script way to the original) becomes a
 *   button with the same look;
 * - `[data-load-remember]`: an optional checkbox to remember the platform;
 * - `[data-load-remembered]`: a note shown when the platform is remembered, and
 *   `[data-load-ask]`: text that is then hidden because it no longer holds;
 * - `[data-load-frame]`: where the frame goes (the element itself when there is none).
 */
import { browserStorage, rememberPlatform, rememberedPlatforms } from './consent';
import { platformIds, type Platform } from './platforms';

const storage = browserStorage();
const remembered = rememberedPlatforms(storage);

function withAutoplay(src: string): string {
  const url = new URL(src);
  url.searchParams.set('autoplay', '1');
  return url.href;
}

/** Makes the frame; only now is the other host contacted. */
function load(root: HTMLElement, byPress: boolean): void {
  const { embedSrc, embedTitle, embedHeight, embedClass, embedAllow, embedLazy, embedAutoplay } =
    root.dataset;
  if (!embedSrc) return;
  const frame = document.createElement('iframe');
  frame.className = embedClass ?? '';
  frame.title = embedTitle ?? '';
  if (embedHeight) frame.height = embedHeight;
  if (embedLazy !== undefined) frame.loading = 'lazy';
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  frame.allow = embedAllow ?? 'encrypted-media; picture-in-picture; fullscreen';
  frame.allowFullscreen = frame.allow.includes('fullscreen');
  frame.src = byPress && embedAutoplay !== undefined ? withAutoplay(embedSrc) : embedSrc;
  (root.querySelector('[data-load-frame]') ?? root).append(frame);
  root.querySelector('[data-load-controls]')?.remove();
  if (byPress) frame.focus();
}

/** A button in place of the no-script link, keeping its look and content. */
function linkToButton(link: HTMLAnchorElement, label: string | undefined): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  // Copying the attributes keeps the component's scoped styles on the new element.
  for (const { name, value } of link.attributes) {
    if (name !== 'href') button.setAttribute(name, value);
  }
  button.append(...link.childNodes);
  const text = button.querySelector('[data-load-label]');
  if (text && label) text.textContent = label;
  link.replaceWith(button);
  return button;
}

/** Says that the platform is remembered, instead of what pressing the control would do. */
function showRemembered(root: HTMLElement): void {
  root.querySelector<HTMLElement>('[data-load-remembered]')?.removeAttribute('hidden');
  for (const ask of root.querySelectorAll<HTMLElement>('[data-load-ask]')) ask.hidden = true;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-click-to-load]')) {
  const platform = root.dataset['platform'] as Platform;
  if (!platformIds.includes(platform)) continue;
  if (remembered.includes(platform)) {
    showRemembered(root);
    load(root, false);
    continue;
  }
  const controls = root.querySelector<HTMLElement>('[data-load-controls]');
  let trigger = root.querySelector<HTMLElement>('[data-load-trigger]');
  if (!controls || !trigger) continue;
  if (trigger instanceof HTMLAnchorElement) {
    trigger = linkToButton(trigger, root.dataset['playLabel']);
  }
  const remember = root.querySelector<HTMLInputElement>('[data-load-remember]');
  root.querySelector<HTMLElement>('[data-load-controls]')?.removeAttribute('hidden');
  trigger.addEventListener(
    'click',
    () => {
      if (remember?.checked && rememberPlatform(storage, platform)) showRemembered(root);
      load(root, true);
    },
    { once: true },
  );
}
