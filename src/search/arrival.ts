/**
 * Loaded only on a page a search result led to (`?highlight=`): marks the
 * searched words. The reading page's inline script (reader-script.ts)
 * adds this module; no other reading page fetches any script.
 */
import { highlight } from './highlight';

const searched = new URLSearchParams(location.search).get('highlight');
if (searched) highlight(searched);
