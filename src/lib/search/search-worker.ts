/**
 * The search worker: lunr, the project's pipeline and the index live here, so that
 * loading an index (parsing it and rebuilding lunr's token set, seconds on an old
 * computer) and answering queries never hold up the page. Started by the search page
 * as a module worker (islands/search-client.ts); the page runs the same searcher itself
 * where there is no Worker.
 */
import { answer } from './searcher';
import type { FromSearchWorker, ToSearchWorker } from './worker-messages';

/** The parts of a dedicated worker's scope used here (the DOM types do not have them). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToSearchWorker>) => void): void;
  postMessage(message: FromSearchWorker): void;
}
const scope = self as unknown as WorkerScope;

scope.addEventListener('message', ({ data }) => {
  void answer(data).then((reply) => scope.postMessage({ id: data.id, ...reply }));
});
