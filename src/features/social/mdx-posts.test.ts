import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { beforeAll, describe, expect, it } from 'vitest';
import FacebookPost from './FacebookPost.astro';
import FlickrPost from './FlickrPost.astro';
import InstagramPost from './InstagramPost.astro';
import LinkedInPost from './LinkedInPost.astro';
import XPost from './XPost.astro';
import YouTubePost from './YouTubePost.astro';
import PostText from './PostText.astro';
import { embedHosts } from '../../core/embeds/embeds';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({
    renderers: await loadRenderers([getContainerRenderer()]),
  });
});

const cases = [
  [
    'FacebookPost',
    FacebookPost,
    'Facebook',
    'https://www.facebook.com/testvikkommune/posts/1',
    embedHosts.facebook,
  ],
  [
    'InstagramPost',
    InstagramPost,
    'Instagram',
    'https://www.instagram.com/p/DAk3Lm9sQw2/',
    embedHosts.instagram,
  ],
  ['XPost', XPost, 'X (Twitter)', 'https://x.com/testvikkom/status/20', embedHosts.x],
  [
    'LinkedInPost',
    LinkedInPost,
    'LinkedIn',
    'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    embedHosts.linkedin,
  ],
  ['YouTubePost', YouTubePost, 'YouTube', 'https://youtu.be/Hq3vR8kLm2A', embedHosts.youtube],
  [
    'FlickrPost',
    FlickrPost,
    'Flickr',
    'https://www.flickr.com/photos/testvikkommune/5/',
    embedHosts.flickr,
  ],
] as const;

describe.each(cases)('<%s>', (_, Component, name, url, host) => {
  it('renders a static card: platform, date, text, link, consent button, and no frame or script from another host', async () => {
    const html = await container.renderToString(Component, {
      props: { url, date: '2026-11-20', author: 'Testvik kommune' },
      slots: { default: '<p>Teksten i innlegget.</p>' },
    });
    expect(html).toContain(`Innlegg på ${name}, <time datetime="2026-11-20"`);
    expect(html).toContain('20. november 2026');
    expect(html).toContain('Teksten i innlegget.');
    expect(html).toContain('Testvik kommune');
    expect(html).toContain(`href="${url}"`);
    expect(html).toContain(`Vis innlegget fra ${name}`);
    expect(html).toContain(`data-embed-src="https://${host}/`);
    expect(html).not.toMatch(
      /<iframe|<script[^>]+src="https?:|<img[^>]+src="https?:|<link[^>]+href="https?:/,
    );
  });

  it('names the component and the expected address when the URL is not one post', async () => {
    await expect(
      container.renderToString(Component, {
        props: { url: 'https://www.testvik.example/', date: '2026-11-20' },
      }),
    ).rejects.toThrow(/address of one post/);
  });

  it('asks for a YYYY-MM-DD date', async () => {
    await expect(
      container.renderToString(Component, { props: { url, date: '20.11.2026' } }),
    ).rejects.toThrow('expected date="YYYY-MM-DD"');
  });
});

it('asks for alt text with an image', async () => {
  const image = { src: '/bilde.png', width: 10, height: 10, format: 'png' as const };
  await expect(
    container.renderToString(FacebookPost, {
      props: { url: cases[0][3], date: '2026-11-20', image },
    }),
  ).rejects.toThrow('<FacebookPost> with an image: expected alt=');
});

describe('<PostText>', () => {
  it('shows HTML in a post as text', async () => {
    const html = await container.renderToString(PostText, {
      props: { text: 'Hei <script>alert(1)</script>\n\nAndre avsnitt', source: 'x.mdx' },
    });
    expect(html).toContain('Hei &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<p /g)).toHaveLength(2);
  });

  it('stops on a post without text, naming the file', async () => {
    await expect(
      container.renderToString(PostText, {
        props: { text: '\n\n', source: 'content/posts/tom.mdx' },
      }),
    ).rejects.toThrow("content/posts/tom.mdx: expected the post's text below the front matter");
  });
});

describe('the post components inside an MDX file', () => {
  it('render as cards with the text written between the tags', async () => {
    const { default: Content } = await import('../../../tests/fixtures/mdx/post-components.mdx');
    const html = await container.renderToString(Content);
    expect(html).toContain('Innlegg på Facebook, <time datetime="2026-11-21"');
    expect(html).toContain('Når kommer søppelbilen? Sjekk tømmekalenderen.');
    expect(html).toContain('Vis innlegget fra YouTube');
    expect(html).toContain('Ny rekrutteringsvideo fra sykehjemmet.');
    expect(html).not.toContain('<iframe');
  });
});
