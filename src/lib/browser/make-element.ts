/**
 * Plain DOM building for the screens a page draws before React comes (search's first
 * results, the "Who is learning?" cards): the same markup as the island's, without
 * shipping the island's code first.
 */

/** What an element holds: other elements, or text (never parsed as markup). */
export type Child = Node | string;

/** An element with these attributes (set in the order given) and children. */
export function element(doc: Document, tag: string, attributes: Record<string, string>, children: readonly Child[] = []): HTMLElement {
  const made = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}
