// The bench's start script for Sveltia CMS (tests/bench/editor.ts bundles it with esbuild):
// the site's editor configuration and file formats, as src/features/editor/admin.ts gives them
// to Decap CMS. Sveltia works on a local folder only through the File System Access API's
// folder picker, which no automated browser can answer; the picker is replaced by the origin's
// private file system, which the bench fills with the fixture content before it starts.
import { cmsConfig } from '../../src/features/editor/cms-config';
import {
  parseMdx,
  parseYamlEntry,
  preservingFormat,
  stringifyMdx,
  stringifyYamlEntry,
} from '../../src/features/editor/cms-formats';
import {
  jobFromForm,
  parseJobMdx,
  stringifyJobMdx,
} from '../../src/features/editor/cms-job-formats';

interface SveltiaCms {
  init(options: { config: object }): Promise<void>;
  registerCustomFormat(name: string, extension: string, format: object): void;
}

const cms = (window as unknown as { CMS: SveltiaCms }).CMS;
Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
cms.registerCustomFormat('mdx-frontmatter', 'mdx', preservingFormat(parseMdx, stringifyMdx));
// Sveltia refuses a format for .mdx files unless its name ends in `-frontmatter`.
cms.registerCustomFormat(
  'job-frontmatter',
  'mdx',
  preservingFormat(parseJobMdx, stringifyJobMdx, jobFromForm),
);
cms.registerCustomFormat(
  'yaml-preserving',
  'yaml',
  preservingFormat(parseYamlEntry, stringifyYamlEntry),
);
const config = cmsConfig();
void cms.init({
  config: {
    ...config,
    load_config_file: false,
    // Sveltia requires an absolute address here; Decap takes the site's root.
    site_url: location.origin,
    collections: config.collections.map((collection) =>
      collection.format === 'job-mdx' ? { ...collection, format: 'job-frontmatter' } : collection,
    ),
  },
});
