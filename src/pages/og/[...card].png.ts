import type { APIRoute } from 'astro';
import { shareCardKeys, shareCardPng } from '../../components/share/shareCards';
import { pngResponse } from '../../lib/images/png';
import { defined } from '../../lib/checked';

export function getStaticPaths() {
  return shareCardKeys().map((key) => ({ params: { card: key } }));
}

/** A page's share card (og:image): 1200×630 PNG. */
export const GET: APIRoute = async ({ params }) => pngResponse(await shareCardPng(defined(params.card, 'the share card route parameter')));
