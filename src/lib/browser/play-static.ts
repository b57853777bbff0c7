/**
 * Plays sounds on pages without React (culture modules, word lists) in a few lines of
 * plain script. The file is fetched whole, not streamed with Range requests, so a
 * service worker can serve it from its cache; a missing or broken file shows a message
 * in the page's language next to the button.
 */
type Marked = Document & { zdraveiPlayButtons?: true };

async function playWhole(src: string): Promise<HTMLAudioElement> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  const audio = new Audio(URL.createObjectURL(await response.blob()));
  audio.addEventListener('ended', () => URL.revokeObjectURL(audio.src), { once: true });
  await audio.play();
  return audio;
}

export function enablePlayButtons(root: Document): void {
  // Every PlayWord on a page includes this script; listen once.
  if ((root as Marked).zdraveiPlayButtons) return;
  (root as Marked).zdraveiPlayButtons = true;
  let current: HTMLAudioElement | undefined;
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-play-audio]');
    const src = button?.dataset.playAudio;
    if (!button || !src) return;
    const status = button.parentElement?.querySelector('[role="status"]');
    if (status) status.textContent = '';
    current?.pause();
    playWhole(src)
      .then((audio) => (current = audio))
      .catch(() => {
        if (status) status.textContent = button.dataset.unavailable ?? '';
      });
  });
}
