import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSearchContent, splitFrontmatter } from '../../../src/lib/search/content-files';

describe('splitFrontmatter', () => {
  it('separates the YAML frontmatter from the MDX body', () => {
    expect(splitFrontmatter('---\ntitle: Мечки\norder: 1\n---\n\n<Flashcards words={["mechka"]} />\n')).toEqual({
      frontmatter: { title: 'Мечки', order: 1 },
      body: '\n<Flashcards words={["mechka"]} />\n',
    });
  });

  it('reads a file without frontmatter as all body', () => {
    expect(splitFrontmatter('Just text.')).toEqual({ frontmatter: {}, body: 'Just text.' });
  });
});

describe('readSearchContent', () => {
  it('reads the real content with ids as the site uses them', async () => {
    const content = await readSearchContent(path.resolve(import.meta.dirname, '../../..'));
    expect(content.lessons.map((l) => l.id)).toContain('language/greetings');
    expect(content.culture.map((c) => c.id)).toContain('fa/baba-marta');
    expect(content.words.length).toBeGreaterThan(20);
    expect(content.lessons.find((l) => l.id === 'language/greetings')?.body).toContain('<HelpText');
  });
});
