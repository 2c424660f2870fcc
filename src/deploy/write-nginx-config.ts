// Writes src/deploy/nginx.conf from src/lib/security-headers.ts (`npm run deploy:config`).
import { writeFileSync } from 'node:fs';
import { shippedNginxConfig } from './nginx-config.ts';

const target = new URL('nginx.conf', import.meta.url);
writeFileSync(target, shippedNginxConfig());
console.log(`Wrote ${target.pathname}`);
