/**
 * Parts of an island whose code loads after the first screen: the store (Dexie) at the
 * first touch, the tutor's tools once the PIN is given. Offline with a stale cache that
 * code may not load; the part then shows the page's own message for an island that could
 * not load (OfflineStatus.astro, lib/browser/island-failure.ts), with its button that
 * loads the page again, instead of staying silent.
 */
import { lazy, Suspense, useEffect, useRef, type ComponentType, type ReactNode } from 'react';

/** `islandLoadFailed` of lib/browser/island-failure.ts, whose listener (OfflineStatus.astro's script) shows the message. */
const islandLoadFailed = 'zdravei:island-load-failed';

/** Has the page show its island-failed message after the island this sits in (once), and shows nothing here. */
export function LoadFailed() {
  const here = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    here.current?.dispatchEvent(new Event(islandLoadFailed, { bubbles: true }));
  }, []);
  return <span ref={here} hidden />;
}

/**
 * A component whose code is fetched when it first renders; `fallback` shows meanwhile.
 * A failed fetch renders LoadFailed in its place.
 */
export function lazyPart<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P & { fallback: ReactNode }> {
  const Part = lazy(() =>
    load().catch((error: unknown) => {
      console.error('This part of the page could not load:', error);
      return { default: LoadFailed as ComponentType<P> };
    }),
  );
  return function LazyPart({ fallback, ...props }: P & { fallback: ReactNode }) {
    return (
      <Suspense fallback={fallback}>
        <Part {...(props as P)} />
      </Suspense>
    );
  };
}

/** Calls `start` once, at the first pointer, key or focus anywhere on the page. */
export function useFirstTouch(start: () => void): void {
  const started = useRef(start);
  useEffect(() => {
    const events = ['pointerdown', 'keydown', 'focusin'] as const;
    const once = () => {
      events.forEach((name) => document.removeEventListener(name, once, true));
      started.current();
    };
    events.forEach((name) => document.addEventListener(name, once, true));
    return () => events.forEach((name) => document.removeEventListener(name, once, true));
  }, []);
}
