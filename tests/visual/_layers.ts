import { readFileSync, readdirSync } from 'node:fs';
import postcss from 'postcss';
import { gzipSync } from 'node:zlib';
const file = readdirSync('dist/_astro').find((f) => f.startsWith('BaseLayout') && f.endsWith('.css'))!;
const root = postcss.parse(readFileSync('dist/_astro/' + file, 'utf8'));
const g = (s: string) => gzipSync(s, { level: 6 }).length;
console.log('total', g(root.toString()));
for (const node of root.nodes) {
  const name = node.type === 'atrule' ? `@${node.name} ${node.params}` : node.type === 'rule' ? node.selector : node.type;
  const rest = root.clone(); rest.nodes.splice(root.nodes.indexOf(node), 1);
  console.log(name.slice(0, 60).padEnd(60), g(node.toString()), 'saves', g(root.toString()) - g(rest.toString()));
}
