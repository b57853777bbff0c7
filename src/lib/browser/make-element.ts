/**
 * Plain DOM building for the screens a page draws before React comes (search's first
 * results, the "Who is learning?" cards): the same markup as the island's, without
 * shipping the island's code first.
 */

/** What an element holds: other elements, or text (never parsed as markup). */
export type Child = Node | string;

const svgSpace = 'http://www.w3.org/2000/svg';

function filled<T extends Element>(made: T, attributes: Record<string, string>, children: readonly Child[]): T {
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/** An element with these attributes (set in the order given) and children. */
export function element(doc: Document, tag: string, attributes: Record<string, string>, children: readonly Child[] = []): HTMLElement {
  return filled(doc.createElement(tag), attributes, children);
}

/** The same for SVG (an icon drawn as React draws it), which createElement cannot make. */
export function svgElement(doc: Document, tag: string, attributes: Record<string, string>, children: readonly Child[] = []): SVGElement {
  return filled(doc.createElementNS(svgSpace, tag), attributes, children);
}
