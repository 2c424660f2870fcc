import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/astro/feed-response';

/** Everything: news, videos, open jobs and posts, newest first. */
export const GET: APIRoute = ({ site }) => feedResponse('all', site);
