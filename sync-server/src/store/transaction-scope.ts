/**
 * Detects a store call made from inside `Store.transaction` that would wait for that very transaction
 * (a nested transaction, or a store-level write instead of the `tx` handed in): a deadlock on SQLite and a
 * second, independent transaction on PostgreSQL. Both are bugs; this turns them into a clear error.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<object>();

export function runInTransactionScope<T>(owner: object, fn: () => Promise<T>): Promise<T> {
  return scope.run(owner, fn);
}

export function assertNotInTransaction(owner: object): void {
  if (scope.getStore() === owner) {
    throw new Error(
      'Store call inside Store.transaction: use the tx passed to the callback instead of the store',
    );
  }
}
