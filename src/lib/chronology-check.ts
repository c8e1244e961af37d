/** The shape of the data the check reads (the content collections' entries, or plain test data). */
export interface EventLike {
  id: string;
  data: { date: string; order?: number; category: string; sources: string[] };
}
export interface CategoryLike {
  id: string;
  data: { from?: string; to?: string };
}

/**
 * What is wrong with the chronology as data, one sentence each: same-day
 * events without an order (the page would guess it), a source listed twice,
 * a category the event's date does not fit.
 */
export function chronologyProblems(list: EventLike[], cats: Map<string, CategoryLike>): string[] {
  const file = 'content/chronology.yaml';
  const problems: string[] = [];
  const byDate = Map.groupBy(list, (e) => e.data.date);
  for (const [date, same] of byDate) {
    if (same.length < 2) continue;
    const orders = same.map((e) => e.data.order);
    if (orders.some((o) => o === undefined) || new Set(orders).size !== orders.length) {
      problems.push(`${file}: ${same.length} events on ${date} (${same.map((e) => e.id).join(', ')}) need distinct \`order:\` values, in the order they happened`);
    }
  }
  for (const e of list) {
    const twice = e.data.sources.filter((s, i, all) => all.indexOf(s) !== i);
    if (twice.length) problems.push(`${file}: ${e.id} lists ${twice.join(', ')} twice in sources`);
    const cat = cats.get(e.data.category);
    if (!cat) {
      problems.push(`${file}: ${e.id} has category "${e.data.category}"; known: ${[...cats.keys()].join(', ')} (content/categories.yaml)`);
    } else if ((cat.data.from && e.data.date < cat.data.from) || (cat.data.to && e.data.date > cat.data.to)) {
      problems.push(`${file}: ${e.id} (${e.data.date}) is outside category "${cat.id}" (${cat.data.from ?? '…'} to ${cat.data.to ?? '…'}); give it the category its date and subject fit`);
    }
  }
  return problems;
}

