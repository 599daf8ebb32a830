/**
 * Photos of materials, made small enough to store and upload from a village (≈ 300 KB a page) while
 * staying readable: the long edge is brought down to 1600 px (never up), then JPEG quality is stepped
 * down until the file fits; if even the lowest quality is too big, the long edge shrinks and it tries
 * again. Always a Blob, never base64. EXIF orientation is applied (createImageBitmap 'from-image').
 */

export interface CompressOptions {
  /** Target size in bytes (default 300 KB). */
  maxBytes: number;
  /** Long edge in px after resizing (default 1600); smaller images are never enlarged. */
  maxLongEdge: number;
  /** Below this long edge text becomes hard to read: the last attempt uses it whatever the size. */
  minLongEdge: number;
  /** JPEG qualities tried in order at each size. */
  qualities: readonly number[];
}

export const DEFAULT_COMPRESS_OPTIONS: CompressOptions = {
  maxBytes: 300 * 1024,
  maxLongEdge: 1600,
  minLongEdge: 1000,
  qualities: [0.82, 0.72, 0.62, 0.52],
};

export interface Size {
  width: number;
  height: number;
}

/** The size that fits `longEdge` on the longer side, keeping the aspect ratio; never larger than the source. */
export function fitLongEdge(source: Size, longEdge: number): Size {
  const { width, height } = source;
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, longEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export interface CompressionAttempt extends Size {
  quality: number;
}

/**
 * The attempts in order: each size with each quality, the size shrinking by 20 % a round until
 * `minLongEdge` (or the source, if smaller). The caller stops at the first result within maxBytes.
 */
export function compressionPlan(
  source: Size,
  options: CompressOptions = DEFAULT_COMPRESS_OPTIONS,
): CompressionAttempt[] {
  const attempts: CompressionAttempt[] = [];
  const sourceLong = Math.max(source.width, source.height);
  const floor = Math.min(options.minLongEdge, sourceLong);
  let longEdge = Math.min(options.maxLongEdge, sourceLong);
  for (;;) {
    const size = fitLongEdge(source, longEdge);
    for (const quality of options.qualities) attempts.push({ ...size, quality });
    if (longEdge <= floor) break;
    longEdge = Math.max(floor, Math.round(longEdge * 0.8));
  }
  return attempts;
}

async function encodeJpeg(bitmap: ImageBitmap, attempt: CompressionAttempt): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(attempt.width, attempt.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#fff'; // transparent PNGs become white, not black
    context.fillRect(0, 0, attempt.width, attempt.height);
    context.drawImage(bitmap, 0, 0, attempt.width, attempt.height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: attempt.quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = attempt.width;
  canvas.height = attempt.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, attempt.width, attempt.height);
  context.drawImage(bitmap, 0, 0, attempt.width, attempt.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('JPEG encoding failed'))),
      'image/jpeg',
      attempt.quality,
    ),
  );
}

/**
 * Resizes and compresses a photo to a JPEG Blob. Returns the first attempt within `maxBytes`, or the
 * smallest one made. Throws when the file is not an image the browser can decode.
 */
export async function compressImage(file: Blob, options: Partial<CompressOptions> = {}): Promise<Blob> {
  const settings = { ...DEFAULT_COMPRESS_OPTIONS, ...options };
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    let smallest: Blob | null = null;
    for (const attempt of compressionPlan({ width: bitmap.width, height: bitmap.height }, settings)) {
      const blob = await encodeJpeg(bitmap, attempt);
      if (blob.size <= settings.maxBytes) return blob;
      if (!smallest || blob.size < smallest.size) smallest = blob;
    }
    if (!smallest) throw new Error('image has no pixels');
    return smallest;
  } finally {
    bitmap.close();
  }
}

/** SHA-256 of a Blob's bytes as 64 lower-case hex characters (the file's identity everywhere). */
export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
