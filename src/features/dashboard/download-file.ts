/**
 * Downloads a file the server builds (月度报表 .xlsx, 办件清单 .csv) with the user's bearer token, and hands
 * it to the browser as a file named as the server says (Content-Disposition filename*, RFC 5987). The app's
 * API client reads JSON only, so this is the one binary request; it refreshes an expired access token once,
 * like the client does, and turns a refusal into the client's error type (shown with apiErrorText).
 */
import { api } from '../../app/api';
import { useSessionStore } from '../../app/session-store';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../domain/wire/protocol-version';
import { ApiClientError, CLIENT_ERROR_CODES } from '../../sync/api-client';
import { fileNameOf } from './download-file-name';

async function send(path: string, signal?: AbortSignal): Promise<Response> {
  const token = useSessionStore.getState().accessToken;
  try {
    return await fetch(path, {
      headers: {
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    throw new ApiClientError({ code: CLIENT_ERROR_CODES.network, status: 0, details: cause });
  }
}

async function errorOf(response: Response): Promise<ApiClientError> {
  let body: { code?: unknown; message?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // not JSON: the status decides
  }
  const code =
    typeof body.code === 'string' ? body.code : response.status >= 500 ? 'server_error' : 'unknown_error';
  const serverMessage = typeof body.message === 'string' ? body.message : undefined;
  return new ApiClientError({ code, status: response.status, serverMessage });
}

/** Fetches `path` as a file; throws ApiClientError when refused or unreachable. */
export async function fetchFile(
  path: string,
  signal?: AbortSignal,
): Promise<{ blob: Blob; name: string | null }> {
  const session = useSessionStore.getState();
  if (session.accessToken === null && session.refreshToken !== null) await api.refreshSession();
  let response = await send(path, signal);
  if (response.status === 401) {
    const error = await errorOf(response);
    if (error.code !== 'token_expired' || !(await api.refreshSession())) throw error;
    response = await send(path, signal);
  }
  if (!response.ok) throw await errorOf(response);
  return { blob: await response.blob(), name: fileNameOf(response.headers.get('content-disposition')) };
}

/** Fetches `path` and saves it through the browser's download, named as the server says (else `fallbackName`). */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const { blob, name } = await fetchFile(path);
  const fileName = name ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}
