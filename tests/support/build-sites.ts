// Builds the test sites of ./sites.ts, each once, exactly as `npm run build` builds the site
// (astro build, Pagefind, the search vocabulary) with the site's content, configuration and
// output folder. A site whose inputs are unchanged since its last build is not built again, so a
// second `npm test` without changes builds nothing; REBUILD=1 builds every requested site anyway,
// without its cache.
// Usage: node tests/support/build-sites.ts [fixture|content|annenby|tom …]   (default: all four)
// or `npm run build:sites -- [names…]`.
import { createHash, type Hash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { runAstro, withLock } from './astro.ts';
import {
  allSites,
  buildDay,
  outputDir,
  repo,
  sites,
  type SiteName,
  type TestSite,
} from './sites.ts';

/** At most this many builds at once: each keeps a core busy, and test machines have two. */
const parallel = 2;

/** Files and folders every site's build reads besides its content and configuration. */
const sharedInputs = [
  'src',
  'public',
  // The editors' guide at /admin/veiledning/ is rendered from docs/redaktorveiledning.md.
  'docs',
  'astro.config.mjs',
  'package-lock.json',
  'pagefind.yml',
  'tsconfig.json',
  relative(repo, import.meta.filename),
  relative(repo, join(import.meta.dirname, 'sites.ts')),
  relative(repo, join(import.meta.dirname, 'astro.ts')),
];

/** Collections each variant is built without: the site must say so wherever they would show. */
const variants: Partial<Record<SiteName, { from: string; emptied: string[] }>> = {
  annenby: { from: join(repo, 'content'), emptied: ['jobs', 'posts'] },
  tom: {
    from: join(repo, 'tests/fixtures/site/content'),
    emptied: ['videos', 'professions', 'jobs', 'posts', 'news', 'channels'],
  },
};

/** The default configuration with every value that names the municipality replaced. */
function annenbyConfig(): string {
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
    [
      /dataProtectionOfficer: \{[^}]*\}/,
      "dataProtectionOfficer: { email: 'personvernombud@annenby.example' }",
    ],
    [/alt: '[^']*'/, "alt: 'Annenby kommune'"],
    [/brand: '[^']*'/, "brand: '#6b2d8f'"],
    [/brandDark: '[^']*'/, "brandDark: '#d3a6f0'"],
  ];
  let text = readFileSync(join(repo, 'src/site.config.ts'), 'utf8');
  for (const [pattern, value] of replacements) {
    // Only the values: the interface above them has the same keys in its comments' examples.
    const start = text.indexOf('export const site');
    const head = text.slice(0, start);
    const body = text.slice(start);
    if (!pattern.test(body)) throw new Error(`src/site.config.ts: no value matches ${pattern}.`);
    text = head + body.replace(pattern, value);
  }
  return text;
}

/** Writes `text` to `path` unless the file already holds it, so its inputs' hash stays put. */
function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * Makes a variant's content folder (a copy of its source with some collections emptied) and,
 * for "annenby", its configuration. The folder is replaced only when the copy differs, so that a
 * check reading it never finds it half written.
 */
function makeVariant(site: TestSite): void {
  const variant = variants[site.name];
  if (!variant) return;
  if (site.name === 'annenby') writeIfChanged(site.siteConfig, annenbyConfig());
  const fresh = `${site.contentDir}.new`;
  rmSync(fresh, { recursive: true, force: true });
  cpSync(variant.from, fresh, { recursive: true });
  for (const collection of variant.emptied) {
    rmSync(join(fresh, collection), { recursive: true, force: true });
    mkdirSync(join(fresh, collection));
  }
  // MDX files import the site's components by paths relative to `content/<collection>/`; the
  // copy lives elsewhere, so those imports are pointed at the same files by absolute path.
  // Channel summaries name channels, so they go when the channels do.
  for (const file of readdirSync(fresh, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const path = join(fresh, file);
    let text = readFileSync(path, 'utf8').replaceAll(
      /(['"])(?:\.\.\/)+src\//g,
      `$1${join(repo, 'src')}/`,
    );
    if (variant.emptied.includes('channels')) {
      text = text.replaceAll(/<ChannelSummary [^>]*\/>/g, '');
    }
    writeFileSync(path, text);
  }
  if (existsSync(site.contentDir) && hashPaths([site.contentDir]) === hashPaths([fresh])) {
    rmSync(fresh, { recursive: true, force: true });
    return;
  }
  rmSync(site.contentDir, { recursive: true, force: true });
  renameSync(fresh, site.contentDir);
}

/** Adds every file under `path` (or the file itself) to `hash`: its path below `base`, its bytes. */
function hashTree(hash: Hash, path: string, base: string): void {
  if (!existsSync(path)) {
    hash.update(`missing ${relative(base, path)}\0`);
    return;
  }
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name), base);
    return;
  }
  hash.update(`${relative(base, path)}\0`);
  hash.update(readFileSync(path));
  hash.update('\0');
}

/** SHA-256 of every file under the given folders and files, each named below its own root. */
function hashPaths(paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    hash.update(`${path === repo ? '' : relative(repo, path)}\n`);
    hashTree(hash, path, path);
  }
  return hash.digest('hex');
}

/** The build script `npm run build` runs, as package.json has it. */
function buildScript(): string {
  const scripts = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts as Record<
    string,
    string
  >;
  if (!scripts['build']) throw new Error('package.json has no "build" script.');
  return scripts['build'];
}

/** Hashes of what the site's build reads: its content alone, and everything with how it is built. */
export function inputsHash(site: TestSite): { content: string; inputs: string } {
  // The content folder by its files alone: where it lives is no input of the build's output.
  const content = createHash('sha256');
  hashTree(content, site.contentDir, site.contentDir);
  const contentHash = content.digest('hex');
  const hash = createHash('sha256');
  hash.update(`${buildDay}\n${buildScript()}\n${contentHash}\n`);
  hash.update(hashPaths(sharedInputs.map((path) => join(repo, path))));
  hash.update(readFileSync(site.siteConfig));
  return { content: contentHash, inputs: hash.digest('hex') };
}

/** The file that holds the hashes of the inputs of the site's last successful build. */
export function stampFile(site: TestSite): string {
  return join(outputDir, site.name, 'build.stamp');
}

/** The hashes the stamp holds, or undefined where there is none. */
function readStamp(site: TestSite): { content: string; inputs: string } | undefined {
  if (!existsSync(stampFile(site))) return undefined;
  const [inputs = '', content = ''] = readFileSync(stampFile(site), 'utf8').split('\n');
  return { inputs, content };
}

/** Runs `npm run build` for the site, its output to the site's log; throws naming the site. */
async function build(site: TestSite, say: (line: string) => void): Promise<void> {
  const log = join(outputDir, site.name, 'build.log');
  mkdirSync(dirname(log), { recursive: true });
  const started = performance.now();
  say(`building ${site.name} (${site.purpose}) into ${relative(repo, site.dir)}`);
  const run = await runAstro(
    'npm',
    ['run', 'build'],
    {
      BUILD_DATE: buildDay,
      CONTENT_DIR: site.contentDir,
      SITE_CONFIG: site.siteConfig,
      OUT_DIR: site.dir.replace(/\/$/, ''),
    },
    { log },
  );
  if (run.status !== 0) {
    const output = run.output.trimEnd().split('\n');
    const shown = output.length > 200 ? ['…', ...output.slice(-200)] : output;
    throw new Error(
      `Building the ${site.name} test site (${site.purpose}) failed with exit code ${run.status}. ` +
        `Its build's output (all of it in ${relative(repo, log)}):\n${shown.join('\n')}`,
    );
  }
  say(`built ${site.name} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Makes, checks and if need be builds one site, under its lock. */
async function ensure(site: TestSite, force: boolean, say: (line: string) => void): Promise<void> {
  await withLock(`site-${site.name}`, async () => {
    makeVariant(site);
    const hashes = inputsHash(site);
    const stamp = readStamp(site);
    if (!force && stamp?.inputs === hashes.inputs && existsSync(join(site.dir, 'index.html'))) {
      say(`${site.name}: up to date (${relative(repo, site.dir)})`);
      return;
    }
    // The cache speeds up a build after a change of code; after a change of content (or one of
    // unknown content, or REBUILD=1) the build starts without it: Astro's content store in the
    // cache has failed a build whose content folder had been replaced.
    if (force || stamp?.content !== hashes.content) {
      rmSync(site.cacheDir, { recursive: true, force: true });
    }
    rmSync(stampFile(site), { force: true });
    await build(site, say);
    writeFileSync(stampFile(site), `${hashes.inputs}\n${hashes.content}\n`);
  });
}

/**
 * Builds the named sites (default all) that are not up to date, two at a time at most. Resolves
 * when every one is built; rejects naming each site that failed, after the others have finished.
 */
export async function buildSites(
  names: SiteName[] = allSites.map((site) => site.name),
  { force = false, say = (line: string) => console.log(`[build-sites] ${line}`) } = {},
): Promise<void> {
  const queue = [...new Set(names)].map((name) => {
    const site = sites[name];
    if (!site) {
      throw new Error(`No test site "${name}"; expected one of ${Object.keys(sites).join(', ')}.`);
    }
    return site;
  });
  const failures: unknown[] = [];
  const worker = async () => {
    for (let site = queue.shift(); site; site = queue.shift()) {
      await ensure(site, force, say).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) {
    throw new Error(failures.map((error) => (error as Error).message ?? error).join('\n\n'));
  }
}

if (import.meta.main) {
  const started = performance.now();
  // REBUILD=1 forces the builds of the run's first stage (npm run build:sites); a test stage that
  // asks for the sites again (Vitest's static checks start this script too) reuses them.
  const force = process.env['REBUILD'] === '1' && !process.env['VITEST'];
  try {
    const names = process.argv.slice(2) as SiteName[];
    await buildSites(names.length > 0 ? names : undefined, { force });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`[build-sites] done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
