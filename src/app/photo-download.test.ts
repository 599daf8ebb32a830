import { describe, expect, it } from 'vitest';
import { PhotoUnavailableError } from '../db/file-store';
import { createPhotoDownload } from './photo-download';

const HASH = 'a'.repeat(64);

function fakeFetch(answers: Array<Response | Error>) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
    const answer = answers.shift() ?? new Error('no more answers');
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

describe('createPhotoDownload', () => {
  it('GETs /api/files/:sha256 with the bearer token and answers the bytes', async () => {
    const { fetch, calls } = fakeFetch([new Response(new Uint8Array([1, 2, 3]), { status: 200 })]);
    const download = createPhotoDownload({
      fetch,
      getAccessToken: () => 'token-1',
      refreshSession: () => Promise.resolve(false),
    });
    const blob = await download(HASH);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(calls[0]?.url).toBe(`/api/files/${HASH}`);
    expect(calls[0]?.headers.authorization).toBe('Bearer token-1');
    expect(calls[0]?.headers['x-daiban-protocol']).toBeDefined();
  });

  it('refreshes the token once after a 401', async () => {
    let token = 'old';
    const { fetch, calls } = fakeFetch([
      new Response('{}', { status: 401 }),
      new Response(new Uint8Array([4]), { status: 200 }),
    ]);
    const download = createPhotoDownload({
      fetch,
      getAccessToken: () => token,
      refreshSession: () => {
        token = 'new';
        return Promise.resolve(true);
      },
    });
    await download(HASH);
    expect(calls.map((call) => call.headers.authorization)).toEqual(['Bearer old', 'Bearer new']);
  });

  it('offline: a PhotoUnavailableError with the Chinese message', async () => {
    const { fetch } = fakeFetch([new TypeError('Failed to fetch')]);
    const download = createPhotoDownload({
      fetch,
      getAccessToken: () => 'token',
      refreshSession: () => Promise.resolve(false),
    });
    const error = await download(HASH).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PhotoUnavailableError);
    expect((error as PhotoUnavailableError).reason).toBe('offline');
    expect((error as Error).message).toBe('照片已从本机清理，联网后可重新下载');
  });

  it('not in the jurisdiction or unknown: not_found; a server failure: failed', async () => {
    const { fetch } = fakeFetch([new Response('', { status: 404 }), new Response('', { status: 503 })]);
    const download = createPhotoDownload({
      fetch,
      getAccessToken: () => 'token',
      refreshSession: () => Promise.resolve(false),
    });
    await expect(download(HASH)).rejects.toMatchObject({ reason: 'not_found' });
    await expect(download(HASH)).rejects.toMatchObject({ reason: 'failed' });
  });
});
