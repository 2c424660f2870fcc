/**
 * Starts the browser editor: loads Decap CMS from the site's own `/admin/` folder, hands it
 * its configuration from this script (never a `config.yml` the server might send with the
 * wrong content type), registers the file formats that keep unchanged files byte-identical,
 * and points the preview at the site's own stylesheets.
 */
import siteStyles from '../../styles/global.css?url';
import { keepControlsNamed } from './admin-names';
import { editorConfig, nestedFieldPaths } from './cms-config';
import {
  parseMdx,
  parseYamlEntry,
  preservingFormat,
  stringifyMdx,
  stringifyYamlEntry,
} from './cms-formats';
import { jobFromForm, parseJobMdx, stringifyJobMdx } from './cms-job-formats';

interface DecapCms {
  init(options?: { config?: object }): void;
  registerCustomFormat(name: string, extension: string, format: object): void;
  registerPreviewStyle(href: string): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
window.CMS_MANUAL_INIT = true;

const script = document.createElement('script');
script.src = `${base}admin/decap-cms.js`;
script.addEventListener('load', () => {
  const cms = window.CMS;
  if (!cms) throw new Error('Decap CMS did not load from /admin/decap-cms.js.');
  // Decap gives a format the order of the top-level fields only.
  const nested = nestedFieldPaths();
  const keep = (data: Record<string, unknown>) => data;
  cms.registerCustomFormat(
    'mdx-frontmatter',
    'mdx',
    preservingFormat(parseMdx, stringifyMdx, keep, nested),
  );
  cms.registerCustomFormat(
    'job-mdx',
    'mdx',
    preservingFormat(parseJobMdx, stringifyJobMdx, jobFromForm, nested),
  );
  cms.registerCustomFormat(
    'yaml-preserving',
    'yaml',
    preservingFormat(parseYamlEntry, stringifyYamlEntry, keep, nested),
  );
  // Decap draws its own page; the loading notice would otherwise stay on top of it.
  document.getElementById('admin-shell')?.remove();
  cms.registerPreviewStyle(siteStyles);
  cms.registerPreviewStyle(`${base}brand.css`);
  cms.init({ config: editorConfig(location.origin) });
  keepControlsNamed(document.body);
});
document.head.append(script);
