import type { APIRoute, GetStaticPaths } from 'astro';
import { allSeeds } from '../../lib/sources';

/**
 * /sources/{id}.txt: every seed exactly as received (after UTF-8 decoding), for reading or
 * download, after a byte-order mark: many hosts send .txt without a charset, and browsers then
 * guess a legacy encoding (Arabic as ÙƒØ§Ø²Ø§Ø®); the mark tells them UTF-8 whatever the host says.
 */
export const getStaticPaths: GetStaticPaths = async () => (await allSeeds()).map((seed) => ({ params: { id: seed.id }, props: { text: seed.data.verbatim } }));

export const GET: APIRoute = ({ props }) => new Response(`\uFEFF${props.text as string}`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
