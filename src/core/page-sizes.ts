import { resolvePageSizes } from './pagination';
import { site } from '../site.config';

/** How many entries one page of each list shows: the site configuration's, over the defaults. */
export const pageSizes = resolvePageSizes(
  site.pageSizes,
  process.env['SITE_CONFIG'] ?? 'src/site.config.ts',
);
