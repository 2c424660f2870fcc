// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keepControlsNamed, nameControls } from './admin-names';

/** Decap CMS's markup for these controls (decap-cms 3.16, as axe reported it). */
const topBar = `<div class="css-x-TopBar">
  <button class="css-1568feq-TopBarButton-button-button"><span><svg></svg></span></button>
  <div role="button" tabindex="0" aria-roledescription="sortable"><svg></svg></div>
  <button class="css-1568feq-TopBarButton-button-button"><span><svg></svg></span></button>
</div>`;

describe.each([
  [
    'the preview frame',
    '<iframe id="preview-pane"></iframe>',
    'iframe',
    'title',
    'Forhåndsvisning',
  ],
  ["a list item's fold button", topBar, 'button:first-child', 'aria-label', 'Vis eller skjul'],
  ["a list item's drag handle", topBar, '[aria-roledescription]', 'aria-label', 'Flytt'],
  ["a list item's remove button", topBar, 'button:last-child', 'aria-label', 'Fjern'],
  ["a media card's thumbnail", '<img class="css-1-CardImage" src="x.png">', 'img', 'alt', ''],
])('%s', (_what, html, selector, attribute, name) => {
  it(`gets ${attribute}="${name}"`, () => {
    document.body.innerHTML = html;
    nameControls(document.body);
    expect(document.querySelector(selector)?.getAttribute(attribute)).toBe(name);
  });
});

describe('named controls', () => {
  it('keep the names they have', () => {
    document.body.innerHTML =
      '<iframe id="preview-pane" title="Preview"></iframe><button class="x-TopBarButton">Lukk</button><img class="x-CardImage" alt="Kart">';
    nameControls(document.body);
    expect(document.querySelector('iframe')?.getAttribute('title')).toBe('Preview');
    expect(document.querySelector('button')?.hasAttribute('aria-label')).toBe(false);
    expect(document.querySelector('img')?.getAttribute('alt')).toBe('Kart');
  });

  it('are named when the editor draws them later', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    keepControlsNamed(document.body);
    document.getElementById('root')?.insertAdjacentHTML('beforeend', topBar);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.querySelector('button')?.getAttribute('aria-label')).toBe('Vis eller skjul');
  });
});
