import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ChannelSummary from '../social/ChannelSummary.astro';
import Checklist from './Checklist.astro';
import Principle from './Principle.astro';

type Case = [string, () => Promise<string>, string];

/** Each misuse an author can make in MDX, and a piece of the message the build then stops with. */
const misuses: Case[] = [
  [
    'ChannelSummary with an id that has no file',
    async () =>
      (await AstroContainer.create()).renderToString(ChannelSummary, {
        props: { id: 'myspace' },
      }),
    'there is no channel "myspace" in content/channels/',
  ],
  [
    'Checklist without a title',
    async () =>
      (await AstroContainer.create()).renderToString(Checklist, {
        props: { title: ' ' },
        slots: { default: '<ul><li>Et punkt</li></ul>' },
      }),
    'expected a title',
  ],
  [
    'Checklist without items',
    async () =>
      (await AstroContainer.create()).renderToString(Checklist, {
        props: { title: 'Før du publiserer' },
      }),
    'expected a Markdown list of items',
  ],
  [
    'Principle without a title',
    async () => (await AstroContainer.create()).renderToString(Principle, { props: {} }),
    'expected a title',
  ],
];

describe.each(misuses)('%s', (_, render, message) => {
  it('throws an error that says what was expected', async () => {
    await expect(render()).rejects.toThrow(message);
  });
});

describe('the MDX components used correctly', () => {
  it('render a checklist with its title and items', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Checklist, {
      props: { title: 'Før du publiserer' },
      slots: { default: '<ul><li>Er teksten kort?</li></ul>' },
    });
    expect(html).toContain('<figcaption');
    expect(html).toContain('Før du publiserer');
    expect(html).toContain('<li>Er teksten kort?</li>');
  });

  it('render a principle with its title and text', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Principle, {
      props: { title: 'Svar raskt' },
      slots: { default: '<p>Folk mister interessen.</p>' },
    });
    expect(html).toContain('Svar raskt');
    expect(html).toContain('<p>Folk mister interessen.</p>');
  });
});
