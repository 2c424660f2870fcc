import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { leanCss } from '../../src/deploy/lean-css.ts';
const plugin = leanCss({ srcDir: 'src', contentDir: 'content', siteConfig: 'src/site.config.ts' });
const css = readFileSync('node_modules/@digdir/designsystemet-css/dist/src/' + process.argv[2] + '.css', 'utf8');
const out = await postcss([plugin]).process(css, { from: 'src/styles/global.css' });
out.root.walkRules((r) => { console.log(r.selector.replace(/\s+/g, ' ').slice(0, 150)); });
