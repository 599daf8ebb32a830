import { describe, expect, it } from 'vitest';
import { createDraftSaver } from './draft-saver';
import type { IntakeDraft } from './intake-draft';
import { completeDraft } from './intake-test-fixtures';

function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const version = (n: number): IntakeDraft => ({
  ...completeDraft(),
  updatedAt: `2026-11-23T08:30:0${n}.000+08:00`,
});

describe('createDraftSaver', () => {
  it('writes in order and skips drafts superseded while a write was running', async () => {
    const written: string[] = [];
    const gates: Array<ReturnType<typeof deferred>> = [];
    const saver = createDraftSaver((draft) => {
      written.push(draft.updatedAt);
      const gate = deferred();
      gates.push(gate);
      return gate.promise;
    });
    const first = saver.save(version(1));
    const second = saver.save(version(2));
    const third = saver.save(version(3));
    expect(written).toEqual([version(1).updatedAt]);
    gates[0]?.resolve();
    await first;
    await Promise.resolve();
    await Promise.resolve();
    expect(written).toEqual([version(1).updatedAt, version(3).updatedAt]);
    gates[1]?.resolve();
    await Promise.all([second, third]);
    expect(written).toHaveLength(2);
  });

  it('a failed write rejects its caller and does not stop the next one', async () => {
    const written: string[] = [];
    let shouldFail = true;
    const saver = createDraftSaver(async (draft) => {
      written.push(draft.updatedAt);
      if (shouldFail) {
        shouldFail = false;
        throw new Error('disk full');
      }
    });
    const failing = saver.save(version(1));
    const next = saver.save(version(2));
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBeUndefined();
    expect(written).toEqual([version(1).updatedAt, version(2).updatedAt]);
  });
});
