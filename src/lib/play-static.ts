/**
 * Plays sounds on pages without React (culture modules, word lists): one HTMLAudioElement
 * per click, and a message in the page's language when the file cannot play.
 */
export function enablePlayButtons(root: Document): void {
  if ((root as Document & { playButtonsEnabled?: boolean }).playButtonsEnabled) return;
  (root as Document & { playButtonsEnabled?: boolean }).playButtonsEnabled = true;
  let current: HTMLAudioElement | undefined;
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-play-audio]');
    if (!button) return;
    const status = button.parentElement?.querySelector('[role="status"]');
    const fail = () => {
      if (status) status.textContent = button.dataset.unavailable ?? '';
    };
    current?.pause();
    current = new Audio(button.dataset.playAudio);
    current.addEventListener('error', fail, { once: true });
    current.play().catch(fail);
  });
}
