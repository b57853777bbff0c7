/**
 * The tutor's "make everything available offline": the sound of every word and sentence
 * downloaded into the cache the service worker plays from, with a progress bar, the space
 * it takes, and a cancel button (lib/browser/offline-audio.ts). Spoken instructions come
 * only in this page's help language and the others used on this computer. The pages of
 * the help language in use are kept by the service worker itself.
 */
import { useEffect, useRef, useState } from 'react';
import { format } from '../../lib/i18n/format';
import { fileSize } from '../../lib/i18n/file-size';
import { canKeepOffline, forLanguages, keepEveryAudio, languagesKept, loadAudioList, totalBytes } from '../../lib/browser/offline-audio';
import type { Locale } from '../../lib/i18n/locales';
import type { AudioList } from '../../sw/names';
import './offline-section.css';

export interface OfflineStrings {
  locale: Locale;
  'tutor.offline': string;
  'tutor.offlineIntro': string;
  'tutor.offlineStart': string;
  'tutor.offlineProgress': string;
  'tutor.offlineCancel': string;
  'tutor.offlineDone': string;
  'tutor.offlineCancelled': string;
  'tutor.offlineFailed': string;
  'tutor.offlineUnavailable': string;
}

type Status = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

const endMessage = { done: 'tutor.offlineDone', cancelled: 'tutor.offlineCancelled', failed: 'tutor.offlineFailed' } as const;

export default function OfflineSection({ strings }: { strings: OfflineStrings }) {
  const [list, setList] = useState<AudioList>();
  const [status, setStatus] = useState<Status>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const running = useRef<AbortController>(undefined);
  const available = canKeepOffline();

  useEffect(() => {
    if (!available) return;
    Promise.all([loadAudioList(), languagesKept().catch(() => [])]).then(
      ([all, kept]) => setList(forLanguages(all, [strings.locale, ...kept])),
      () => setStatus('failed'),
    );
    return () => running.current?.abort();
  }, [available, strings.locale]);

  const start = async (files: AudioList) => {
    const controller = new AbortController();
    running.current = controller;
    setStatus('running');
    setProgress({ done: 0, total: files.files.length });
    try {
      const { failed } = await keepEveryAudio(files, {
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      setStatus(controller.signal.aborted ? 'cancelled' : failed > 0 ? 'failed' : 'done');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section aria-labelledby="tutor-offline" className="tutor__offline">
      <h2 id="tutor-offline">{strings['tutor.offline']}</h2>
      {!available ? (
        <p>{strings['tutor.offlineUnavailable']}</p>
      ) : (
        <>
          {list && <p>{format(strings['tutor.offlineIntro'], { size: fileSize(totalBytes(list), strings.locale) }, strings.locale)}</p>}
          {status === 'running' ? (
            <>
              <progress value={progress.done} max={progress.total} aria-labelledby="tutor-offline-progress" />
              <p id="tutor-offline-progress" role="status">
                {format(strings['tutor.offlineProgress'], progress, strings.locale)}
              </p>
              <button type="button" className="button" onClick={() => running.current?.abort()}>
                {strings['tutor.offlineCancel']}
              </button>
            </>
          ) : (
            <button type="button" className="button primary" disabled={!list} onClick={() => list && void start(list)}>
              {strings['tutor.offlineStart']}
            </button>
          )}
          {status !== 'idle' && status !== 'running' && <p role="status">{strings[endMessage[status]]}</p>}
        </>
      )}
    </section>
  );
}
