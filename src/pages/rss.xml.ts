import type { APIRoute } from 'astro';
import { feedResponse } from '../features/feeds/feed-response';

/** Everything: news, videos, open jobs, posts and plan changes, newest first. */
export const GET: APIRoute = ({ site }) => feedResponse('all', site);
