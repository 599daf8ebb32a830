/**
 * Tells open replication streams that something was committed. In one process an EventEmitter; a
 * multi-instance deployment plugs in a notifier that also forwards to the other instances.
 */
import { EventEmitter } from 'node:events';
import type { SyncedCollection } from '../../../src/domain/wire/replication-messages';

export type ChangeListener = (collections: readonly SyncedCollection[]) => void;

export interface ChangeNotifier {
  /** Called after a commit that changed these collections. */
  notify(collections: readonly SyncedCollection[]): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: ChangeListener): () => void;
  close(): Promise<void>;
}

export function createLocalChangeNotifier(): ChangeNotifier {
  const emitter = new EventEmitter();
  // Every open stream listens: hundreds of tablets are normal, not a leak.
  emitter.setMaxListeners(0);
  return {
    notify: (collections) => void emitter.emit('change', collections),
    subscribe(listener) {
      emitter.on('change', listener);
      return () => void emitter.off('change', listener);
    },
    close: async () => void emitter.removeAllListeners(),
  };
}
