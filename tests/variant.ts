// Proves that another municipality adopts the site by changing the site configuration and the
// content, and that empty collections are normal. Builds two variants and runs the
// content-agnostic browser suite (tests/e2e/content/) against each:
//  - "annenby": a copy of `content/` with no jobs and no posts, under a copy of
//    `src/site.config.ts` with another name, URL, colours and contact addresses;
//  - "tom": the fixture site with every optional collection (videos, professions, jobs, posts,
//    news, channels) empty.
// Usage: node tests/variant.ts [annenby|tom]   (TEST_PORT as for the other browser tests)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const output = join(repo, 'tests/.output/variants');

/** The default configuration with every value that names the municipality replaced. */
function variantConfig(): string {
  const replacements: [RegExp, string][] = [
    [/name: '[^']*'/, "name: 'Annenby kommune'"],
    [/shortName: '[^']*'/, "shortName: 'Annenby'"],
    [/county: '[^']*'/, "county: 'Annetfylke'"],
    [/siteUrl: '[^']*'/, "siteUrl: 'https://annenby.example'"],
    [/mainWebsite: '[^']*'/, "mainWebsite: 'https://www.annenby.example'"],
    [/applicationSystemUrl: '[^']*'/, "applicationSystemUrl: 'https://jobb.annenby.example/'"],
    [/applicationHosts: \[[^\]]*\]/, "applicationHosts: ['jobb.annenby.example']"],
    [/email: '[^']*'/, "email: 'post@annenby.example'"],
    [/phone: '[^']*'/, "phone: '+47 99 88 77 66'"],
    [/accessibilityEmail: '[^']*'/, "accessibilityEmail: 'uu@annenby.example'"],
    [/privacyEmail: '[^']*'/, "privacyEmail: 'personvern@annenby.example'"],
    [/alt: '[^']*'/, "alt: 'Annenby kommune'"],
    [/brand: '[^']*'/, "brand: '#6b2d8f'"],
    [/brandDark: '[^']*'/, "brandDark: '#d3a6f0'"],
  ];
  let text = readFileSync(join(repo, 'src/site.config.ts'), 'utf8');
  for (const [pattern, value] of replacements) {
    const start = text.indexOf('export const site');
    const head = text.slice(0, start);
    const body = text.slice(start);
    if (!pattern.test(body)) throw new Error(`src/site.config.ts: no value matches ${pattern}.`);
    text = head + body.replace(pattern, value);
  }
  return text;
}

function run(command: string, args: string[], env: Record<string, string>): void {
  console.log(
    `\n$ ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')} ${command} ${args.join(' ')}`,
  );
  const result = spawnSync(command, args, {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Copies `source` content to the variant's folder with the given collections emptied, builds
 * it with `config`, and runs the content-agnostic suite against the build.
 */
function variant(name: string, source: string, emptied: string[], config: string): void {
  const work = join(output, name);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(source, content, { recursive: true });
  for (const collection of emptied) {
    rmSync(join(content, collection), { recursive: true, force: true });
    mkdirSync(join(content, collection));
  }
  // MDX files import the site's components by paths relative to `content/<collection>/`; the
  // copy lives elsewhere, so those imports are pointed at the same files by absolute path.
  // Channel summaries name channels, so they go when the channels do.
  for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const path = join(content, file);
    let text = readFileSync(path, 'utf8').replaceAll(
      /(['"])(?:\.\.\/)+src\//g,
      `$1${join(repo, 'src')}/`,
    );
    if (emptied.includes('channels')) text = text.replaceAll(/<ChannelSummary [^>]*\/>/g, '');
    writeFileSync(path, text);
  }
  run('npm', ['run', 'build'], {
    BUILD_DATE: '2026-11-24',
    CONTENT_DIR: content,
    SITE_CONFIG: config,
    OUT_DIR: out,
  });
  run('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts'], {
    TEST_SITE: 'content',
    SITE_DIR: out,
  });
}

const only = process.argv[2];
if (!only || only === 'annenby') {
  const config = join(output, 'annenby.site.config.ts');
  mkdirSync(output, { recursive: true });
  writeFileSync(config, variantConfig());
  variant('annenby', join(repo, 'content'), ['jobs', 'posts'], config);
}
if (!only || only === 'tom') {
  const fixture = join(repo, 'tests/fixtures/site');
  variant(
    'tom',
    join(fixture, 'content'),
    ['videos', 'professions', 'jobs', 'posts', 'news', 'channels'],
    join(fixture, 'site.config.ts'),
  );
}
