/**
 * The components every article's MDX may use, in one map, so the
 * explainer, the background and the page on how the explainer is made
 * accept the same markup. The map is not among them: a page that imports
 * it inlines its stylesheet, and only the background page draws it.
 */
import AsOf from './AsOf.astro';
import Cite from './Cite.astro';
import KeyFacts from './KeyFacts.astro';
import Quote from './Quote.astro';
import ReadOn from './ReadOn.astro';
import Term from './Term.astro';
import Title from './Title.astro';

export const PROSE_COMPONENTS = { AsOf, Cite, KeyFacts, Quote, ReadOn, Term, Title };
