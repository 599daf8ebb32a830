import { Button, ImageViewer, type ButtonRef, type MultiImageViewerRef } from 'antd-mobile';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../ui/i18n/use-t';

export interface ViewerPage {
  url: string;
  label: string;
}

/**
 * Photos full screen with antd-mobile's ImageViewer (pinch or double-tap to zoom, swipe between pages), as a
 * modal dialog that the keyboard can drive too: 上一页 / 下一页 / 关闭 buttons, ← → and Esc; focus goes to
 * 关闭 on opening and back to the thumbnail on closing (the caller's `onClose`).
 */
export function PhotoViewer({
  title,
  pages,
  startIndex,
  onClose,
}: {
  title: string;
  pages: readonly ViewerPage[];
  startIndex: number;
  onClose: () => void;
}) {
  const t = useT();
  const ids = useId();
  const viewerRef = useRef<MultiImageViewerRef>(null);
  const closeRef = useRef<ButtonRef>(null);
  const [index, setIndex] = useState(startIndex);

  useEffect(() => closeRef.current?.nativeElement?.focus(), []);

  const go = (next: number) => {
    if (next < 0 || next >= pages.length) return;
    setIndex(next);
    viewerRef.current?.swipeTo(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowLeft') go(index - 1);
    else if (event.key === 'ArrowRight') go(index + 1);
  };

  return (
    <div
      className="db-review-viewer"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${ids}-title`}
      onKeyDown={onKeyDown}
      data-testid="photo-viewer"
    >
      {/* antd-mobile hides its mask from assistive technology (aria-hidden): the title and the buttons live
          outside it, in the dialog. */}
      <ImageViewer.Multi
        ref={viewerRef}
        images={pages.map((p) => p.url)}
        defaultIndex={startIndex}
        visible
        maxZoom={5}
        onIndexChange={setIndex}
        onClose={onClose}
        imageRender={(url, { ref, index: at }) => (
          <img
            ref={ref}
            src={url}
            alt={pages[at]?.label ?? ''}
            className="db-review-viewer__image"
            draggable={false}
          />
        )}
      />
      <div className="db-review-viewer__footer">
        <p id={`${ids}-title`} className="db-review-viewer__title">
          {t('review.viewer.position', { name: title, page: index + 1, total: pages.length })}
        </p>
        <p className="db-review-viewer__hint">{t('review.viewer.zoomHint')}</p>
        <div className="db-review-viewer__buttons">
          <Button fill="outline" disabled={index === 0} onClick={() => go(index - 1)}>
            {t('review.viewer.previous')}
          </Button>
          <Button fill="outline" disabled={index >= pages.length - 1} onClick={() => go(index + 1)}>
            {t('review.viewer.next')}
          </Button>
          <Button ref={closeRef} color="primary" onClick={onClose}>
            {t('review.viewer.close')}
          </Button>
        </div>
      </div>
    </div>
  );
}
