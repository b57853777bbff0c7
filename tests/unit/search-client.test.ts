// @vitest-environment jsdom
/** The search page's way to the search: the worker when there is one, the page itself when it is missing or fails. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToSearchWorker } from '../../src/lib/search/worker-messages';

const answered: ToSearchWorker[] = [];
const searcherMock = () => ({
  answer: (message: ToSearchWorker) => {
    answered.push(message);
    return Promise.resolve({ ok: true, results: [], count: 0, more: false });
  },
});
vi.mock('../../src/lib/search/searcher', () => searcherMock());

/** A stand-in for the browser's Worker: keeps what it is sent, and answers or fails on demand. */
class FakeWorker {
  static last: FakeWorker | undefined;
  sent: ToSearchWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  transferred: Transferable[][] = [];
  postMessage(message: ToSearchWorker, transfer: Transferable[] = []) {
    this.sent.push(message);
    this.transferred.push(transfer);
  }
}

beforeEach(() => {
  vi.resetModules();
  answered.length = 0;
  FakeWorker.last = undefined;
});
afterEach(() => vi.unstubAllGlobals());

describe('search client', () => {
  it('starts one module worker and hands each reply to the search of the same number', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = await import('../../src/islands/search-client');
    void client.search('/search/en.json', '');
    const first = client.search('/search/en.json', 'мечка', 20);
    const second = client.search('/search/en.json', 'bear', 20);
    const worker = FakeWorker.last as FakeWorker;
    expect(worker.options).toEqual({ type: 'module' });
    expect(worker.sent.map((m) => m.query)).toEqual(['', 'мечка', 'bear']);
    const [, one, two] = worker.sent;
    worker.onmessage?.({ data: { id: two?.id, ok: false, failure: 'display' } } as MessageEvent);
    worker.onmessage?.({ data: { id: one?.id, ok: true, results: [], more: true } } as MessageEvent);
    expect(await first).toEqual({ ok: true, results: [], more: true });
    expect(await second).toEqual({ ok: false, failure: 'display' });
    expect(answered).toEqual([]);
  });

  it('when the worker fails to start, says the search could not load, and answers every later search on the page', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const client = await import('../../src/islands/search-client');
    const pending = client.search('/search/en.json', 'мечка', 20);
    (FakeWorker.last as FakeWorker).onerror?.(new Event('error'));
    expect(await pending).toEqual({ ok: false, failure: 'index' });
    expect(await client.search('/search/en.json', 'bear', 20)).toEqual({ ok: true, results: [], count: 0, more: false });
    expect(answered.map((m) => m.query)).toEqual(['bear']);
  });

  it('runs on the page where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const client = await import('../../src/islands/search-client');
    expect(await client.search('/search/en.json', 'bear', 5)).toEqual({ ok: true, results: [], count: 0, more: false });
    expect(answered).toMatchObject([{ indexUrl: '/search/en.json', query: 'bear', limit: 5 }]);
  });

  it('without a Worker, loads the searcher’s code while the index downloads, not after it, and once', async () => {
    vi.stubGlobal('Worker', undefined);
    // The same stand-in, counting the times its code is loaded.
    const loaded = vi.fn();
    vi.doMock('../../src/lib/search/searcher', () => (loaded(), searcherMock()));
    let arrive: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (arrive = resolve)));
    const client = await import('../../src/islands/search-client');
    client.searchEarly('/search/en.json', 'мечка', 20);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledOnce());
    expect(answered).toEqual([]);
    arrive(new Response('{}'));
    await vi.waitFor(() => expect(answered).toHaveLength(1));
    await client.search('/search/en.json', 'bear', 20);
    expect(loaded).toHaveBeenCalledOnce();
  });

  it('hands the reply of an early search to the same search asked for next, once, without asking the worker again', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{"index":1}')));
    const client = await import('../../src/islands/search-client');
    client.searchEarly('/search/en.json', 'мечка', 20);
    // The worker starts at once, so that its script downloads while the index does.
    const worker = FakeWorker.last as FakeWorker;
    expect(worker).toBeDefined();
    // The island asks for the first part of the results first, as the early search did.
    const taken = client.search('/search/en.json', 'мечка', 20, client.firstPart(20));
    await vi.waitFor(() => expect(worker.sent).toHaveLength(1));
    const [message] = worker.sent;
    expect([message?.query, message?.limit, message?.shown]).toEqual(['мечка', 20, client.firstPart(20)]);
    // The index the page downloaded goes along, handed over rather than copied.
    expect(new TextDecoder().decode(message?.indexData)).toBe('{"index":1}');
    expect(worker.transferred[0]).toEqual([message?.indexData]);
    worker.onmessage?.({ data: { id: message?.id, ok: false, failure: 'display' } } as MessageEvent);
    expect(await taken).toEqual({ ok: false, failure: 'display' });
    // Asked again (a retry), it goes to the worker, which has the index by now.
    void client.search('/search/en.json', 'мечка', 20, client.firstPart(20));
    expect(worker.sent).toHaveLength(2);
    expect(worker.sent[1]?.indexData).toBeUndefined();
    // So does the rest of the results, asked for after the first part.
    void client.search('/search/en.json', 'мечка', 20);
    expect(worker.sent.map((m) => m.shown)).toEqual([4, 4, 20]);
  });

  it('sends the searches asked while the index downloads in order once it is there, the first with it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    let arrive: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (arrive = resolve)));
    const client = await import('../../src/islands/search-client');
    client.searchEarly('/search/en.json', 'мечка', 20);
    void client.search('/search/en.json', 'bear', 20);
    void client.search('/search/en.json', 'bears', 20);
    const worker = FakeWorker.last as FakeWorker;
    expect(worker.sent).toEqual([]);
    arrive(new Response('{}'));
    await vi.waitFor(() => expect(worker.sent).toHaveLength(3));
    expect(worker.sent.map((m) => [m.query, m.indexData !== undefined])).toEqual([
      ['мечка', true],
      ['bear', false],
      ['bears', false],
    ]);
  });

  it('leaves the index to the worker when the page could not download it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    for (const fetched of [() => Promise.reject(new TypeError('offline')), () => Promise.resolve(new Response('', { status: 404 }))]) {
      vi.resetModules();
      vi.stubGlobal('fetch', fetched);
      const client = await import('../../src/islands/search-client');
      client.searchEarly('/search/en.json', 'мечка', 20);
      const worker = FakeWorker.last as FakeWorker;
      await vi.waitFor(() => expect(worker.sent).toHaveLength(1));
      expect(worker.sent[0]?.indexData).toBeUndefined();
    }
  });

  it('does not hand an early search, or its download, to a search of another index', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}')));
    const client = await import('../../src/islands/search-client');
    client.searchEarly('/search/en.json', 'мечка', 20);
    void client.search('/search/bg.json', 'мечка', 20);
    const worker = FakeWorker.last as FakeWorker;
    expect(worker.sent.map((m) => [m.indexUrl, m.indexData])).toEqual([['/search/bg.json', undefined]]);
    void client.search('/search/en.json', 'мечка', 5);
    void client.search('/search/en.json', 'мечкa', 20);
    await vi.waitFor(() => expect(worker.sent).toHaveLength(4));
    expect(worker.sent.map((m) => [m.query, m.limit])).toEqual([
      ['мечка', 20],
      ['мечка', 20],
      ['мечка', 5],
      ['мечкa', 20],
    ]);
  });

  it('shows twenty results, as many as the early search asks for by default, the first four before the rest', async () => {
    const client = await import('../../src/islands/search-client');
    expect(client.resultLimit).toBe(20);
    expect([client.firstPart(20), client.firstPart(3), client.firstPart(1)]).toEqual([4, 3, 1]);
  });
});
