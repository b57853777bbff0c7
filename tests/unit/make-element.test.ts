// @vitest-environment jsdom
/** Plain DOM building for the screens drawn before React: attributes in order, text never parsed as markup. */
import { expect, it } from 'vitest';
import { element, svgElement } from '../../src/lib/browser/make-element';

it('makes an element with its attributes in the order given, and text as text', () => {
  const made = element(document, 'p', { class: 'line', lang: 'bg' }, ['<b>здравей</b>', element(document, 'span', {}, ['!'])]);
  expect(made.outerHTML).toBe('<p class="line" lang="bg">&lt;b&gt;здравей&lt;/b&gt;<span>!</span></p>');
});

it('makes SVG in the SVG namespace, so that the browser draws it', () => {
  const icon = svgElement(document, 'svg', { viewBox: '0 0 24 24' }, [svgElement(document, 'path', { d: 'M4 9v6' })]);
  expect(icon.namespaceURI).toBe('http://www.w3.org/2000/svg');
  expect(icon.firstElementChild?.namespaceURI).toBe('http://www.w3.org/2000/svg');
  expect(icon.outerHTML).toBe('<svg viewBox="0 0 24 24"><path d="M4 9v6"></path></svg>');
});
