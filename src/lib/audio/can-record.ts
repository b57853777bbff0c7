/**
 * Whether this browser can record at all (a microphone may still be missing or refused).
 * Its own module so that a lesson asks it without fetching the microphone code
 * (recorder.ts), which loads only when a child or tutor presses "record".
 */
export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}
