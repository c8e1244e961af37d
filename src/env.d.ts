declare namespace App {
  interface Locals {
    /** The article a page renders, for its citations' numbers (src/components/mdx/Cite.astro). */
    article?: import('./lib/sources').Article;
  }
}
