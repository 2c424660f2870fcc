import { expect, test } from './fixtures';
import { paths } from '../../src/core/urls';
import { fixtureEntries } from './site';

// The player's behaviour in the browser: no request before play, the frame after it, by mouse and
// keyboard, and the link without JavaScript. What the recruitment pages state and list (captions,
// transcripts, open and closed jobs, job facts against their JSON-LD, a profession's videos, the
// language links) is checked over the built HTML in tests/static/recruitment.test.ts.

interface Video {
  title: string;
  profession: string;
  titleEn?: string;
  youtubeId: string;
  captions: string[];
  example?: boolean;
}

const videos = fixtureEntries<Video>('videos');
const youtubeHosts = /youtube|ytimg|googlevideo|google|gstatic|doubleclick/;
const stubPage = '<!doctype html><title>Stub</title><p>Video</p>';

// An example video has no real original, so its page shows no player at all.
const playable = videos.filter((v) => !v.example);
const playerPages = new Set(playable.map((v) => paths.video(v.id, 'nb')));

// One page of each type: the careers page, a video page with a player and an example video's
// page, which has none. That no page's markup holds a frame or loads anything from another host
// before consent is checked on every page by the static checks (tests/static/).
const example = videos.find((v) => v.example);
const requestPages = [
  paths.jobsHome.nb,
  paths.video(playable[0]!.id, 'nb'),
  ...(example ? [paths.video(example.id, 'nb')] : []),
];
for (const path of requestPages) {
  test(`${path} requests nothing from YouTube or Google before play is pressed`, async ({
    page,
    externalRequests,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (playerPages.has(path)) {
      await expect(
        page.getByRole('button', { name: /^(Spill av video|Play video): / }),
      ).toBeVisible();
    } else if (!(Object.values(paths.jobsHome) as string[]).includes(path)) {
      await expect(page.locator('[data-example-video]')).toBeVisible();
    }
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(requested.filter((url) => youtubeHosts.test(new URL(url).hostname))).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
}

test.describe('after the play button is pressed', () => {
  // A video with an English title, so the English page's frame title differs.
  const video = playable.find((v) => v.titleEn) ?? playable[0]!;
  const embed = `https://www.youtube-nocookie.com/embed/${video.youtubeId}?autoplay=1`;

  test.beforeEach(async ({ page }) => {
    await page.route('**/www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: stubPage }),
    );
  });

  test('by mouse, a focused youtube-nocookie.com frame replaces the button', async ({ page }) => {
    await page.goto(paths.video(video.id, 'nb'));
    const frameRequest = page.waitForRequest((r) => r.url() === embed);
    await page.getByRole('button', { name: `Spill av video: ${video.title}`, exact: true }).click();
    await frameRequest;
    const frame = page.locator('iframe');
    await expect(frame).toHaveAttribute('src', embed);
    await expect(frame).toHaveAttribute('title', `YouTube-video: ${video.title}`);
    await expect(frame).toBeFocused();
    await expect(page.getByRole('button', { name: /Spill av video/ })).toHaveCount(0);
  });

  test('by keyboard (Enter), the frame gets focus', async ({ page }) => {
    await page.goto(paths.video(video.id, 'nb'));
    const button = page.getByRole('button', {
      name: `Spill av video: ${video.title}`,
      exact: true,
    });
    await button.focus();
    await page.keyboard.press('Enter');
    const frame = page.locator(`iframe[src="${embed}"]`);
    await expect(frame).toBeFocused();
  });

  test('by keyboard (Space) on the English page, the frame has an English title', async ({
    page,
  }) => {
    const title = video.titleEn ?? video.title;
    await page.goto(paths.video(video.id, 'en'));
    const button = page.getByRole('button', { name: `Play video: ${title}`, exact: true });
    await button.focus();
    await page.keyboard.press('Space');
    const frame = page.locator(`iframe[src="${embed}"]`);
    await expect(frame).toHaveAttribute('title', `YouTube video: ${title}`);
    await expect(frame).toBeFocused();
  });

  test('on the careers page, only the pressed video is loaded', async ({ page }) => {
    // By host: a poster the site serves itself may have "youtube" in its file name.
    const fromYoutube = (url: string) => new URL(url).hostname.includes('youtube');
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (fromYoutube(r.url())) loaded.push(r.url());
    });
    await page.goto(paths.jobsHome.nb);
    // The frame can be in the page and focused before its request reaches this process.
    const request = page.waitForRequest((r) => fromYoutube(r.url()));
    await page.getByRole('button', { name: /^Spill av video: / }).click();
    await request;
    await expect(page.locator('iframe')).toBeFocused();
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatch(
      /^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}\?autoplay=1$/,
    );
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('following the link leads to the video on youtube.com', async ({ page }) => {
    const video = videos[0]!;
    await page.route('https://www.youtube.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: stubPage }),
    );
    await page.goto(paths.video(video.id, 'nb'));
    await page
      .getByRole('link', { name: `Se videoen på YouTube: ${video.title}`, exact: true })
      .click();
    await expect(page).toHaveURL(`https://www.youtube.com/watch?v=${video.youtubeId}`);
  });
});
