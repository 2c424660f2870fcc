// axe-core's WCAG 2.0/2.1 A and AA rules that need no layout, in jsdom: share 2 of 2 of every
// page of every test site (checks/axe-shard.ts says why the pages are shared between files).
import { axeShare } from './checks/axe-shard.ts';

axeShare(1, 2);
