/**
 * Downloads a file the server makes for a signed-in user (the import templates): fetch with the bearer token
 * (one refresh when it has expired), then save the bytes under the server's file name. The ApiClient reads
 * JSON only, so files take this path.
 */
import { api } from '../../app/api';
import { useSessionStore } from '../../app/session-store';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../domain/wire/protocol-version';
import { ApiClientError } from '../../sync/api-client';
import { fileNameOf } from './admin-format';

async function fetchWithToken(path: string): Promise<Response> {
  const token = useSessionStore.getState().accessToken;
  return fetch(path, {
    headers: {
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    credentials: 'same-origin',
  });
}

export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetchWithToken(path);
    if (response.status === 401) {
      const { code } = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { code?: unknown };
      if (code === 'token_expired' && (await api.refreshSession())) response = await fetchWithToken(path);
    }
  } catch (cause) {
    throw new ApiClientError({ code: 'network_error', status: 0, details: cause });
  }
  if (!response.ok) {
    let body: { code?: unknown; message?: unknown } = {};
    try {
      body = (await response.json()) as typeof body;
    } catch {
      // not JSON
    }
    throw new ApiClientError({
      code: typeof body.code === 'string' ? body.code : 'server_error',
      status: response.status,
      serverMessage: typeof body.message === 'string' ? body.message : undefined,
    });
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
