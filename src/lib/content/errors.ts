/**
 * Messages for content mistakes. Authors are not programmers, so a message names the
 * file, the entry when the file holds several, the field, and what was expected.
 */
import type { ZodError, ZodIssue } from 'zod';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function fieldPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(the whole entry)';
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

export function describeIssue(issue: ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.received === 'undefined') return `is missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, found ${issue.received}`;
  if (issue.code === 'unrecognized_keys') return `has fields the contract does not know: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_enum_value') return `expected one of ${issue.options.join(', ')}, found "${String(issue.received)}"`;
  return issue.message;
}

/** One line per problem: `content/x.yaml, entry "id": field gloss.ar is missing (expected string)`. */
export function formatContentIssues(file: string, error: ZodError, entry?: string): string {
  const where = entry === undefined ? file : `${file}, entry "${entry}"`;
  return error.issues.map((issue) => `${where}: field ${fieldPath(issue.path)} ${describeIssue(issue)}`).join('\n');
}
