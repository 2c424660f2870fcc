import { paths } from './urls';

/** The listing pages' addresses: page 1 is the channel overview, later ones under `side/`. */
export function listingPagePath(page: number): string {
  return page <= 1 ? paths.channels : paths.channelsPage(page);
}
