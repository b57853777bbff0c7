/** A calm line that progress will not be kept, when the store runs from memory. */
import type { StorageKind } from '../lib/store/storage';

export default function StorageNotice({ kind, message }: { kind: StorageKind | undefined; message: string }) {
  if (kind !== 'memory') return null;
  return (
    <p className="storage-notice" role="status">
      {message}
    </p>
  );
}
