/**
 * The project's lunr pipeline, shared by the build (which writes the index) and the
 * browser (which loads it). lunr's defaults are for English only: its trimmer deletes
 * every Cyrillic, Arabic and Persian letter, its stemmer and stop words are English.
 * None of them is used; these functions wrap analyse.ts instead.
 *
 * A serialised index names its pipeline functions, and `lunr.Index.load` throws for a
 * name that is not registered, so importing this module registers them: the code that
 * loads an index imports it, as the code that builds one does.
 */
import lunr from 'lunr';
import { fieldLanguage, normaliseStep, stemStep, trimStep, type SearchLanguage } from './analyse';
import { tokenise } from './tokenise';

/** What @types/lunr leaves out: a token's metadata, and the table of registered functions. */
type TokenWithMetadata = lunr.Token & { metadata: { fields?: string[] } };
const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> }).registeredFunctions;

/** The language of the field a token comes from; lunr passes the field in the metadata. */
function languageOf(token: lunr.Token): SearchLanguage {
  const [field] = (token as TokenWithMetadata).metadata.fields ?? [];
  return fieldLanguage(field ?? '');
}

/** Turns a step on strings into a lunr pipeline function: none, one or several tokens out. */
function wrap(step: (word: string, language: SearchLanguage) => string[]): lunr.PipelineFunction {
  return (token) => {
    const out = step(token.toString(), languageOf(token));
    if (out.length === 0) return null;
    if (out.length === 1) return token.update(() => out[0] ?? '');
    return out.map((word) => token.clone(() => word));
  };
}

export const pipelineFunctions: Record<string, lunr.PipelineFunction> = {
  'zdravei-trim': wrap((word) => trimStep(word)),
  'zdravei-normalise': wrap(normaliseStep),
  'zdravei-stem': wrap((word, language) => [stemStep(word, language)].filter(Boolean)),
};

for (const [label, fn] of Object.entries(pipelineFunctions)) {
  // Registering twice only warns, but a module evaluated twice (tests, dev server) should stay quiet.
  if (!(label in registered)) lunr.Pipeline.registerFunction(fn, label);
}

/**
 * lunr's tokenizer splits on spaces and hyphens and lower-cases; this one splits on
 * Unicode word boundaries (tokenise.ts) and leaves case to the pipeline. Each token
 * carries its field, which tells the pipeline its language.
 */
export function tokenizer(value: unknown, metadata?: object): lunr.Token[] {
  if (value === null || value === undefined) return [];
  const texts = Array.isArray(value) ? value.map(String) : [String(value)];
  return texts.flatMap((text) =>
    tokenise(text).map((word, index) => new lunr.Token(word.text, { ...metadata, position: [word.start, word.end - word.start], index })),
  );
}

/** Sets a builder up with the project's tokenizer and pipeline, for indexing and for searching. */
export function usePipeline(builder: lunr.Builder): void {
  builder.tokenizer = tokenizer as typeof lunr.tokenizer;
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  for (const fn of Object.values(pipelineFunctions)) {
    builder.pipeline.add(fn);
    builder.searchPipeline.add(fn);
  }
}
