import type { APIRoute, GetStaticPaths } from 'astro';
import { allSeeds } from '../../lib/sources';

/** /sources/{id}.txt: every seed exactly as received (after UTF-8 decoding), for reading or download. */
export const getStaticPaths: GetStaticPaths = async () => (await allSeeds()).map((seed) => ({ params: { id: seed.id }, props: { text: seed.data.verbatim } }));

export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
