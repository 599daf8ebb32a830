import { Button } from 'antd-mobile';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { compressImage } from './compress-image';
import './photo-capture.css';

export interface PhotoCaptureProps {
  /** Visible label of the group (e.g. the material's name). */
  label: string;
  /** A line under the label (counts, what to photograph); tied to the buttons with aria-describedby. */
  description?: string;
  /** Ids of the pages already taken (file hashes), in page order. */
  pages: readonly string[];
  /** Loads a page for its thumbnail. */
  loadPage: (id: string) => Promise<Blob | null>;
  /** A new page, already compressed (JPEG ≈ 300 KB); `page` is its 1-based page number. */
  onAdd: (blob: Blob, page: number) => Promise<void>;
  /** A retaken page, already compressed. */
  onReplace: (index: number, blob: Blob) => Promise<void>;
  onRemove: (index: number) => void;
  maxPages?: number;
  /** Id of an error message elsewhere on the page that describes this group. */
  errorId?: string;
  /**
   * What to tell the user when `onAdd`/`onReplace` failed (e.g. the device's storage is full); null or
   * absent: the photo could not be read (照片无法读取，请重拍).
   */
  failureText?: (error: unknown) => string | null;
}

/**
 * Photographs the pages of a document: from the camera (back camera on tablets) or from a file, each
 * compressed in the browser before it is handed over. Thumbnails with retake and remove per page.
 */
export function PhotoCapture({
  label,
  description,
  pages,
  loadPage,
  onAdd,
  onReplace,
  onRemove,
  maxPages = 20,
  errorId,
  failureText,
}: PhotoCaptureProps) {
  const t = useT();
  const ids = useId();
  const cameraRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const replaceIndex = useRef<number | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const describedBy = [description ? `${ids}-desc` : '', failure ? `${ids}-fail` : '', errorId ?? '']
    .filter(Boolean)
    .join(' ');
  const isFull = pages.length >= maxPages;

  const handleFiles = async (files: FileList | null) => {
    const chosen = files ? Array.from(files) : [];
    const index = replaceIndex.current;
    replaceIndex.current = null;
    if (chosen.length === 0) return;
    setBusy(true);
    setFailure(null);
    try {
      if (index !== null && chosen[0]) {
        await onReplace(index, await compressImage(chosen[0]));
      } else {
        const room = Math.max(0, maxPages - pages.length);
        for (const [offset, file] of chosen.slice(0, room).entries()) {
          await onAdd(await compressImage(file), pages.length + offset + 1);
        }
      }
    } catch (error) {
      console.warn('Daiban: photo not added', error);
      setFailure(failureText?.(error) ?? t('photo.failed'));
    } finally {
      setBusy(false);
    }
  };

  // A new page: forget a retake whose camera was closed without a photo.
  const pick = (input: HTMLInputElement | null) => {
    replaceIndex.current = null;
    input?.click();
  };

  const retake = (index: number) => {
    replaceIndex.current = index;
    cameraRef.current?.click();
  };

  return (
    <div className="db-photo" role="group" aria-labelledby={`${ids}-label`}>
      <p id={`${ids}-label`} className="db-photo__label">
        {label}
      </p>
      {description ? (
        <p id={`${ids}-desc`} className="db-field__hint">
          {description}
        </p>
      ) : null}
      <input
        ref={cameraRef}
        className="db-visually-hidden"
        type="file"
        accept="image/*"
        capture="environment"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          void handleFiles(event.target.files);
          event.target.value = '';
        }}
      />
      <input
        ref={fileRef}
        className="db-visually-hidden"
        type="file"
        accept="image/*"
        multiple
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          void handleFiles(event.target.files);
          event.target.value = '';
        }}
      />
      {pages.length > 0 ? (
        <ol className="db-photo__pages">
          {pages.map((id, index) => (
            <li key={`${id}-${index}`} className="db-photo__page">
              <Thumbnail id={id} loadPage={loadPage} alt={t('photo.pageAlt', { label, page: index + 1 })} />
              <span className="db-photo__page-no">{t('photo.page', { page: index + 1 })}</span>
              <div className="db-photo__page-actions">
                <Button
                  size="small"
                  fill="outline"
                  disabled={isBusy}
                  onClick={() => retake(index)}
                  aria-label={t('photo.retakeLabel', { label, page: index + 1 })}
                >
                  {t('photo.retake')}
                </Button>
                <Button
                  size="small"
                  fill="outline"
                  color="danger"
                  disabled={isBusy}
                  onClick={() => onRemove(index)}
                  aria-label={t('photo.removeLabel', { label, page: index + 1 })}
                >
                  {t('photo.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="db-photo__actions">
        <Button
          color="primary"
          disabled={isBusy || isFull}
          onClick={() => pick(cameraRef.current)}
          aria-describedby={describedBy || undefined}
        >
          {pages.length === 0 ? t('photo.take') : t('photo.takeNext')}
        </Button>
        <Button
          fill="outline"
          disabled={isBusy || isFull}
          onClick={() => pick(fileRef.current)}
          aria-describedby={describedBy || undefined}
        >
          {t('photo.choose')}
        </Button>
        <span className="db-photo__status" role="status">
          {isBusy ? t('photo.processing') : isFull ? t('photo.full', { max: maxPages }) : ''}
        </span>
      </div>
      {failure ? (
        <p id={`${ids}-fail`} className="db-field__error" role="alert">
          {failure}
        </p>
      ) : null}
    </div>
  );
}

/** One page's thumbnail; its object URL is revoked when the page changes or leaves. */
function Thumbnail({
  id,
  loadPage,
  alt,
}: {
  id: string;
  loadPage: PhotoCaptureProps['loadPage'];
  alt: string;
}) {
  const t = useT();
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof unavailableKeyOf> | null>(null);
  useEffect(() => {
    let isCurrent = true;
    let created: string | null = null;
    loadPage(id)
      .then((blob) => {
        if (!isCurrent || !blob) return;
        created = URL.createObjectURL(blob);
        setUrl(created);
      })
      .catch((error: unknown) => {
        // An evicted photo that cannot be downloaded again says why (offline, not found …).
        if (isCurrent) setProblem(unavailableKeyOf(error));
      });
    return () => {
      isCurrent = false;
      if (created) URL.revokeObjectURL(created);
      setUrl(null);
    };
  }, [id, loadPage]);
  if (url) return <img className="db-photo__thumb" src={url} alt={alt} />;
  return (
    <span
      className="db-photo__thumb db-photo__thumb--empty"
      role="img"
      aria-label={problem ? `${alt}：${t(problem)}` : alt}
    >
      {problem ? <small className="db-photo__problem">{t(problem)}</small> : null}
    </span>
  );
}

/** The i18n key for why a photo could not be read (reasons of the photo store's PhotoUnavailableError). */
function unavailableKeyOf(error: unknown) {
  const reason = typeof error === 'object' && error !== null && 'reason' in error ? error.reason : null;
  switch (reason) {
    case 'offline':
      return 'photo.evicted.offline' as const;
    case 'hash_mismatch':
      return 'photo.evicted.hashMismatch' as const;
    case 'not_found':
      return 'photo.evicted.notFound' as const;
    default:
      return 'photo.evicted.failed' as const;
  }
}
