import { gzipSync } from 'node:zlib';
import { ELEMENT_NODE, parse, walkSync, type Node } from 'ultrahtml';

/**
 * The addresses of the stylesheets a page links, each once and in order of appearance (a
 * browser fetches a repeated stylesheet only once).
 */
export function linkedStylesheets(html: string): string[] {
  const hrefs = new Set<string>();
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE || node.name !== 'link') return;
    const rel = String(node.attributes['rel'] ?? '')
      .toLowerCase()
      .split(/\s+/);
    const href = node.attributes['href'];
    if (rel.includes('stylesheet') && typeof href === 'string' && href) hrefs.add(href);
  });
  return [...hrefs];
}

/** The `gzip_comp_level` an nginx configuration sets, or nginx's default of 1. */
export function gzipLevel(nginxConf: string): number {
  const level = /^\s*gzip_comp_level\s+(\d)\s*;/m.exec(nginxConf)?.[1];
  return level ? Number(level) : 1;
}

/** How many bytes a text takes gzip-compressed at the given level, as a server sends it. */
export function gzipSize(text: string | Uint8Array, level: number): number {
  return gzipSync(text, { level }).length;
}
