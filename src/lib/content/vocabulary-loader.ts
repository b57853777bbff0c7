/**
 * Reads the word bank (content/vocabulary/*.yaml) at build time and checks it. Every
 * problem in every file is collected first, so an author sees all of them at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { vocabularyEntry, type VocabularyEntry } from './schema';
import { ContentError, formatContentIssues } from './errors';
import { entryProblems } from './vocabulary-checks';
import { missingPicture } from './openmoji-files';
import { topicOf } from './topics';

export interface LoadedEntry {
  /** The file the entry came from, relative to the project, for messages. */
  file: string;
  /** Its picture-dictionary topic: the file's name, `animals` for content/vocabulary/animals.yaml. */
  topic: string;
  entry: VocabularyEntry;
}

export async function loadVocabularyFiles(folder: string, root = process.cwd()): Promise<LoadedEntry[]> {
  const names = (await readdir(path.join(root, folder))).filter((name) => name.endsWith('.yaml')).sort();
  const loaded: LoadedEntry[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();

  for (const name of names) {
    const file = `${folder}/${name}`;
    let document: unknown;
    try {
      document = parse(await readFile(path.join(root, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message}`);
      continue;
    }
    if (!Array.isArray(document)) {
      problems.push(`${file}: expected a list of words (each starting with "- id: …")`);
      continue;
    }
    document.forEach((raw: unknown, index) => {
      const label = typeof raw === 'object' && raw && 'id' in raw ? String(raw.id) : `#${index + 1}`;
      const result = vocabularyEntry.safeParse(raw);
      if (!result.success) {
        problems.push(formatContentIssues(file, result.error, label));
        return;
      }
      const entry = result.data;
      for (const problem of entryProblems(entry)) problems.push(`${file}, entry "${label}": ${problem}`);
      const pictureProblem = entry.picture && missingPicture(entry.picture, root);
      if (pictureProblem) problems.push(`${file}, entry "${label}": ${pictureProblem}`);
      const earlier = seen.get(entry.id);
      if (earlier) problems.push(`${file}, entry "${label}": field id: "${entry.id}" is already used in ${earlier}`);
      seen.set(entry.id, file);
      loaded.push({ file, topic: topicOf(file), entry });
    });
  }
  if (problems.length > 0) throw new ContentError(`The word bank has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return loaded;
}
