// The default municipality's name must come from the site configuration only: a site built
// with another configuration and other content may not name it anywhere, in a page, a feed,
// the editor's configuration, a calendar file or the Word document.
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from '../../support/pages.ts';

/** Built files that are text, and the zipped Word document, whose XML is text. */
const textFile = /\.(?:html|xml|json|txt|css|js|mjs|ics|yml|yaml|webmanifest|svg|md)$/;

/** The texts of a built file: itself, or each XML part of a .docx. */
function textsOf(site: BuiltSite, file: string): [string, string][] {
  if (file.endsWith('.docx')) {
    const parts = unzipSync(readFileSync(join(site.dir, file)));
    return Object.entries(parts)
      .filter(([part]) => part.endsWith('.xml'))
      .map(([part, bytes]) => [`${file}#${part}`, new TextDecoder().decode(bytes)]);
  }
  return textFile.test(file) ? [[file, site.read(file)]] : [];
}

/** Every built file (or Word part) that names `name`, with a little of what surrounds it. */
export function checkNameNowhere(site: BuiltSite, name: string): string[] {
  const pattern = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  return [...site.files].flatMap((file) =>
    textsOf(site, file).flatMap(([where, text]) => {
      const match = pattern.exec(text);
      if (!match) return [];
      const around = text.slice(Math.max(0, match.index - 40), match.index + 40 + name.length);
      return [`/${where}: names "${name}": …${around.replace(/\s+/g, ' ')}…`];
    }),
  );
}
