import { afterEach, describe, expect, it, vi } from 'vitest';
import { canRecord } from '../../src/lib/audio/can-record';

afterEach(() => vi.unstubAllGlobals());

describe('canRecord', () => {
  it('is true only where both MediaRecorder and getUserMedia exist', () => {
    vi.stubGlobal('MediaRecorder', class {});
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: async () => ({}) } });
    expect(canRecord()).toBe(true);
    vi.stubGlobal('navigator', { mediaDevices: undefined });
    expect(canRecord()).toBe(false);
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia: async () => ({}) } });
    vi.stubGlobal('MediaRecorder', undefined);
    expect(canRecord()).toBe(false);
  });
});
