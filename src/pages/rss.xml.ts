import type { APIRoute } from 'astro';
import { feedResponse } from '../lib/feed-response';

/** Everything: news, videos, open jobs and posts, newest first. */
export const GET: APIRoute = ({ site }) => feedResponse('all', site);
