/**
 * Downloads a file the device evicted (src/db/photo-eviction.ts) from GET /api/files/:sha256 with the
 * session's bearer token, for `FileStore.getPhoto`, which checks the SHA-256 and stores it again.
 * The API client (src/sync/api-client.ts) reads answers as JSON text, so the bytes are fetched here with
 * the same headers, and one token refresh on a 401 like the client does.
 */
import { PhotoUnavailableError, type PhotoDownload } from '../db/file-store';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../domain/wire/protocol-version';

export interface PhotoDownloadOptions {
  getAccessToken(): string | null;
  /** A fresh access token; false when none came (throws when the server cannot be reached). */
  refreshSession(): Promise<boolean>;
  fetch?: typeof fetch;
  baseUrl?: string;
  timeoutMs?: number;
}

export function createPhotoDownload(options: PhotoDownloadOptions): PhotoDownload {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;

  const send = async (hash: string, token: string | null): Promise<Response> => {
    const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
    if (token) headers.authorization = `Bearer ${token}`;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await fetchImpl(`${baseUrl}/api/files/${encodeURIComponent(hash)}`, {
        method: 'GET',
        headers,
        signal: controller.signal,
        credentials: 'same-origin',
      });
    } catch (cause) {
      throw new PhotoUnavailableError('offline', { cause });
    } finally {
      clearTimeout(timer);
    }
  };

  const refresh = async (): Promise<boolean> => {
    try {
      return await options.refreshSession();
    } catch (cause) {
      throw new PhotoUnavailableError('offline', { cause });
    }
  };

  return async (hash) => {
    let token = options.getAccessToken();
    if (!token && (await refresh())) token = options.getAccessToken();
    let response = await send(hash, token);
    if (response.status === 401 && (await refresh())) response = await send(hash, options.getAccessToken());
    if (response.status === 404 || response.status === 403) throw new PhotoUnavailableError('not_found');
    if (!response.ok) throw new PhotoUnavailableError('failed');
    try {
      return await response.blob();
    } catch (cause) {
      throw new PhotoUnavailableError('offline', { cause });
    }
  };
}
