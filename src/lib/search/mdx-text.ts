/**
 * The searchable text of an MDX body. A body is source code with JSX in it, so it is
 * parsed (remark-parse with remark-mdx, as @astrojs/mdx does), never cleaned with
 * regular expressions: the tree tells prose from components, and a component's props
 * are read as values — the texts of <HelpText bg="…" en="…">, the word ids of
 * <Flashcards words={[…]} /> and <Word id="…" />.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { isLocale, type Locale } from '../i18n/locales';

export interface MdxText {
  /** Prose, one string a paragraph or heading, with each <Word> written as the callback says. */
  prose: string[];
  /** The text props of each component that has them in help languages, such as <HelpText>. */
  localized: Partial<Record<Locale, string>>[];
  /** Word-bank ids the components use (words={[…]}, word="…", <Word id="…">), in order, once each. */
  wordIds: string[];
}

interface MdxNode {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
}

interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EstreeNode } };
}

interface EstreeNode {
  type: string;
  body?: EstreeNode[];
  expression?: EstreeNode;
  elements?: (EstreeNode | null)[];
  value?: unknown;
  expressions?: EstreeNode[];
  quasis?: { value: { cooked?: string | null } }[];
  properties?: EstreeNode[];
  key?: EstreeNode & { name?: string };
  computed?: boolean;
}

/** Props whose strings are word-bank ids, at any depth: words={[…]}, word="…", options: [{ word: "…" }]. */
const wordKeys = new Set(['word', 'words']);

const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Nodes whose content is code or data, not text a reader sees. */
const skipped = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'code', 'html', 'yaml', 'toml', 'definition']);

/** The strings of a literal prop value: "a", ["a", "b"], `a`. Anything computed gives none. */
function literalStrings(node: EstreeNode | null | undefined): string[] {
  if (!node) return [];
  if (node.type === 'Program') return literalStrings(node.body?.[0]);
  if (node.type === 'ExpressionStatement') return literalStrings(node.expression);
  if (node.type === 'Literal') return typeof node.value === 'string' ? [node.value] : [];
  if (node.type === 'ArrayExpression') return (node.elements ?? []).flatMap(literalStrings);
  if (node.type === 'TemplateLiteral' && node.expressions?.length === 0) {
    const cooked = node.quasis?.[0]?.value.cooked;
    return typeof cooked === 'string' ? [cooked] : [];
  }
  return [];
}

function attributeStrings(attribute: MdxAttribute): string[] {
  const value = attribute.value;
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return literalStrings(value.data?.estree);
  return [];
}

function attribute(node: MdxNode, name: string): MdxAttribute | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

export function mdxText(body: string, wordText: (id: string) => string | undefined = () => undefined): MdxText {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(body) as MdxNode;
  const localized: Partial<Record<Locale, string>>[] = [];
  const wordIds = new Set<string>();

  /**
   * Reads a literal prop value of an exercise, such as <Quiz questions={[{ prompt: { bg,
   * en, … }, options: [{ word: "petak", feedback: { … } }] }]}>: an object whose keys are
   * help languages is a text in each; strings under `word` or `words` are word ids.
   * Computed values are skipped.
   */
  const readValue = (node: EstreeNode | null | undefined, key: string | undefined): void => {
    if (!node) return;
    if (node.type === 'Program') return readValue(node.body?.[0], key);
    if (node.type === 'ExpressionStatement') return readValue(node.expression, key);
    if (node.type === 'ArrayExpression') return node.elements?.forEach((element) => readValue(element, key));
    if (node.type === 'ObjectExpression') {
      const texts: Partial<Record<Locale, string>> = {};
      for (const property of node.properties ?? []) {
        if (property.type !== 'Property' || property.computed) continue;
        const name = property.key?.name ?? (typeof property.key?.value === 'string' ? property.key.value : undefined);
        const value = property.value as EstreeNode | undefined;
        const [text] = literalStrings(value);
        if (name && isLocale(name) && text !== undefined) texts[name] = text;
        else readValue(value, name);
      }
      if (Object.keys(texts).length > 0) localized.push(texts);
      return;
    }
    if (key && wordKeys.has(key)) literalStrings(node).forEach((id) => wordIds.add(id));
  };

  const collect = (node: MdxNode) => {
    if (skipped.has(node.type)) return;
    if (isJsx(node)) {
      const texts: Partial<Record<Locale, string>> = {};
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
        if (isLocale(a.name) && typeof a.value === 'string') texts[a.name] = a.value;
        else if (typeof a.value === 'string') {
          if (wordKeys.has(a.name)) wordIds.add(a.value);
        } else if (a.value && typeof a.value === 'object') readValue(a.value.data?.estree, a.name);
      }
      if (Object.keys(texts).length > 0) localized.push(texts);
      const id = node.name === 'Word' ? attribute(node, 'id') : undefined;
      if (id) attributeStrings(id).forEach((wordId) => wordIds.add(wordId));
    }
    node.children?.forEach(collect);
  };

  const inline = (node: MdxNode): string => {
    if (skipped.has(node.type)) return '';
    if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
    if (node.type === 'break') return ' ';
    if (isJsx(node) && node.name === 'Word') {
      const [id] = attributeStrings(attribute(node, 'id') ?? { type: '' });
      return (id && wordText(id)) ?? '';
    }
    return (node.children ?? []).map(inline).join('');
  };

  const blocks = (node: MdxNode): string[] => {
    if (skipped.has(node.type)) return [];
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') return [inline(node)];
    if (node.type === 'text' || node.type === 'inlineCode' || (isJsx(node) && node.name === 'Word')) return [inline(node)];
    return (node.children ?? []).flatMap(blocks);
  };

  collect(tree);
  const prose = blocks(tree)
    .map((text) => text.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  return { prose, localized, wordIds: [...wordIds] };
}
