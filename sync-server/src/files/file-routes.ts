/**
 * Files (photos of materials, signatures, result documents):
 *   /api/files/uploads[/<id>]  tus resumable upload (POST create, HEAD offset, PATCH data), Bearer required.
 *                              Upload-Metadata `sha256` (hex) and `contentType` (ALLOWED_CONTENT_TYPES),
 *                              size at most FILE_MAX_BYTES; on completion the content's SHA-256 must equal
 *                              the declared one (else 460) and its first bytes must be those of the declared
 *                              type (else 415); a refused upload is discarded.
 *   GET /api/files/:sha256     the file, only when an action of a case in the caller's jurisdiction refers
 *                              to it; otherwise 404 (the same whether or not the file exists).
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import type { FastifyInstance } from 'fastify';
import { authOf, requireAuth } from '../auth/auth-routes';
import type { AuthService } from '../auth/auth-service';
import { ApiHttpError } from '../http/api-error';
import type { Store } from '../store/store';
import { ALLOWED_CONTENT_TYPES, isContentOfType, openFileBlobs, SHA256_PATTERN } from './file-blobs';

export const UPLOAD_PATH = '/api/files/uploads';

export interface FileRoutesOptions {
  store: Store;
  auth: AuthService;
  /** DATA_DIR/files */
  filesDir: string;
  maxBytes: number;
  trustProxy: boolean;
}

const tusError = (status_code: number, message: string) => ({ status_code, body: `${message}\n` });

function declaredOf(upload: Upload): { sha256: string; contentType: string } {
  const sha256 = upload.metadata?.sha256 ?? '';
  const contentType = upload.metadata?.contentType ?? '';
  if (!SHA256_PATTERN.test(sha256)) throw tusError(400, '文件摘要（sha256）应为64位小写十六进制');
  if (!ALLOWED_CONTENT_TYPES.some((allowed) => allowed === contentType))
    throw tusError(415, `不支持的文件类型：${contentType.slice(0, 60)}`);
  return { sha256, contentType };
}

export async function registerFileRoutes(app: FastifyInstance, options: FileRoutesOptions): Promise<void> {
  const { store } = options;
  const blobs = await openFileBlobs(options.filesDir);
  const preHandler = requireAuth(options.auth);
  // Built on the first upload: FileStore's constructor starts an unawaited mkdir, which would race with
  // a data directory removed right after a short-lived app (tests) closed.
  let datastore: FileStore | null = null;
  const datastoreOf = () => (datastore ??= new FileStore({ directory: blobs.uploadsDir }));
  /** The caller of a tus request (the route's preHandler has already authenticated the same header). */
  const uploaderOf = async (request: Request) =>
    (await options.auth.authenticate(request.headers.get('authorization') ?? undefined)).user.id;
  const createTusServer = () =>
    new Server({
      path: UPLOAD_PATH,
      datastore: datastoreOf(),
      maxSize: options.maxBytes,
      respectForwardedHeaders: options.trustProxy,
      async onUploadCreate(request, upload) {
        declaredOf(upload);
        if (upload.size === undefined) throw tusError(400, '请声明文件大小（Upload-Length）');
        // Content sent with the creation request must fit the declared size, checked before anything is
        // created: tus would otherwise keep the empty upload of a refused request, which no one can resume.
        if (request.headers.get('content-type') === 'application/offset+octet-stream') {
          const sent = Number(request.headers.get('content-length') ?? Number.NaN);
          if (!Number.isSafeInteger(sent))
            throw tusError(411, '随创建请求发送内容时须声明长度（Content-Length）');
          if (sent > upload.size) throw tusError(413, '发送的内容超过声明的文件大小');
        }
        return { metadata: { ...upload.metadata, uploadedBy: await uploaderOf(request) } };
      },
      // An upload is continued only by whoever started it; anyone else gets the answer for an unknown upload.
      async onIncomingRequest(request, uploadId) {
        if (request.method !== 'HEAD' && request.method !== 'PATCH') return;
        const started = await datastoreOf()
          .getUpload(uploadId)
          .catch(() => null);
        if (started !== null && started.metadata?.uploadedBy !== (await uploaderOf(request)))
          throw tusError(404, '上传不存在');
      },
      async onUploadFinish(_request, upload) {
        const declared = declaredOf(upload);
        const path = join(blobs.uploadsDir, upload.id);
        const actual = await blobs.hashOf(path);
        if (actual !== declared.sha256) {
          await blobs.discard(path);
          throw tusError(460, '文件内容与摘要不符，请重新上传');
        }
        // A file whose bytes are not what it claims to be (a page named photo.jpg) is not kept either.
        if (!isContentOfType(await blobs.headOf(path), declared.contentType)) {
          await blobs.discard(path);
          throw tusError(415, '文件内容与声明的类型不符（应为 JPEG、PNG、WebP 图片或 PDF 文件）');
        }
        await blobs.adopt(path, actual, { contentType: declared.contentType, size: upload.size ?? 0 });
        return {};
      },
    });

  let tus: Server | null = null;
  // tus reads the raw body itself.
  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  const handleTus = async (
    request: Parameters<typeof preHandler>[0],
    reply: Parameters<typeof preHandler>[1],
  ) => {
    // Concatenation is an extension this server does not offer: tus would answer 501 (a server error).
    if (request.headers['upload-concat'] !== undefined)
      throw new ApiHttpError(400, 'validation_failed', '不支持拼接上传（Upload-Concat）');
    reply.hijack();
    tus ??= createTusServer();
    await tus.handle(request.raw, reply.raw);
  };
  app.route({
    method: ['POST', 'HEAD', 'PATCH', 'OPTIONS'],
    url: UPLOAD_PATH,
    preHandler,
    handler: handleTus,
  });
  app.route({ method: ['HEAD', 'PATCH'], url: `${UPLOAD_PATH}/:id`, preHandler, handler: handleTus });

  app.get('/api/files/:sha256', { preHandler }, async (request, reply) => {
    const { sha256 } = request.params as { sha256: string };
    const { user } = authOf(request);
    const notFound = new ApiHttpError(404, 'not_found');
    if (!SHA256_PATTERN.test(sha256)) throw notFound;
    const blob = await blobs.find(sha256);
    if (blob === null || !(await store.isFileReferencedInScope(sha256, user.scope))) throw notFound;
    void reply.header('content-type', blob.info.contentType).header('content-length', String(blob.info.size));
    void reply.header('x-content-type-options', 'nosniff').header('content-disposition', 'inline');
    return reply.send(createReadStream(blob.path));
  });
}
