import type { APIRoute, GetStaticPaths } from 'astro';
import { searchBuckets } from '../../lib/search-buckets';

/** One letter's names and respelling words (src/search/buckets.ts). */
export const getStaticPaths: GetStaticPaths = async () => [...(await searchBuckets())].map(([key, bucket]) => ({ params: { key }, props: { bucket } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.bucket));
