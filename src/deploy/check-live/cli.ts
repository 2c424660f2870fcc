// npm run check:live -- [URL] [--no-browser]
// Checks the published site at URL (default: siteUrl of src/site.config.ts) and prints a short
// report; exits 1 when a check fails, 2 when it cannot start. See docs/deployment.md.
import { site } from '../../site.config.ts';
import { checkLive, onePerType, report } from './check-live.ts';
import { checkForeignRequests } from './foreign-requests.ts';

const args = process.argv.slice(2);
const browser = !args.includes('--no-browser');
const address = args.find((arg) => !arg.startsWith('--')) ?? site.siteUrl;

let base: URL;
try {
  base = new URL(address);
  if (!/^https?:$/.test(base.protocol)) throw new Error('not http(s)');
} catch {
  console.error(
    `check:live: expected the site's address, e.g. https://example.org/, got "${address}".`,
  );
  process.exit(2);
}

const { results, addresses } = await checkLive(base);
if (browser && addresses.length > 0) {
  try {
    results.push(await checkForeignRequests(base, onePerType(addresses)));
  } catch (error) {
    results.push({
      name: 'other hosts',
      faults: [`Chromium did not start: ${(error as Error).message.split('\n')[0]}`],
      summary: '',
    });
  }
}
console.log(report(base, results));
process.exit(results.some((result) => result.faults.length > 0) ? 1 : 0);
