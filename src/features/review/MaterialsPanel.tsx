import { useId, useRef, useState } from 'react';
import type { CaseServices } from '../../app/case-services';
import type { CaseHead } from '../../domain/case/case-types';
import type { MessageKey } from '../../ui/i18n/i18n';
import { useT } from '../../ui/i18n/use-t';
import { FORM_KEYS, NECESSITY_KEYS } from './review-labels';
import { useCasePhotos, type CasePhoto, type PhotoProblem } from './use-case-photos';
import { PhotoViewer, type ViewerPage } from './PhotoViewer';

const PROBLEM_KEYS: Record<PhotoProblem, MessageKey> = {
  offline: 'review.photo.offline',
  notFound: 'review.photo.notFound',
  mismatch: 'review.photo.mismatch',
  failed: 'review.photo.failed',
};

interface PhotoGroup {
  key: string;
  name: string;
  facts: string;
  hashes: readonly string[];
}

/**
 * 申请材料: every material the item asks for, with how it was received and its photographed pages; the
 * 代办委托书 signature and the photo of the result document. A page opens full screen (zoomable).
 */
export function MaterialsPanel({ head, services }: { head: CaseHead; services: CaseServices }) {
  const t = useT();
  const ids = useId();
  const received = new Map(head.materials.map((m) => [m.materialId, m]));
  const groups: PhotoGroup[] = head.item.materials.map((material) => {
    const got = received.get(material.id);
    const necessity = t(NECESSITY_KEYS[material.necessity]);
    return {
      key: material.id,
      name: material.name,
      facts: got
        ? t('review.materials.received', { necessity, form: t(FORM_KEYS[got.form]), pages: got.files.length })
        : t('review.materials.notReceived', { necessity }),
      hashes: got?.files ?? [],
    };
  });
  groups.push({
    key: 'authorisation',
    name: t('review.materials.signature'),
    facts: t('review.materials.signatureFacts'),
    hashes: [head.authorisationSignature],
  });
  if (head.decision?.file)
    groups.push({
      key: 'decision',
      name: t('review.materials.decisionPhoto'),
      facts: head.decision.documentNo,
      hashes: [head.decision.file],
    });

  // useCasePhotos reloads only when the list of hashes changes (it keys on their text).
  const photos = useCasePhotos(
    services,
    groups.flatMap((g) => g.hashes),
  );
  const [viewing, setViewing] = useState<{ group: PhotoGroup; index: number } | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);

  const viewerPages = (group: PhotoGroup): { pages: ViewerPage[]; indexOf: Map<number, number> } => {
    const pages: ViewerPage[] = [];
    const indexOf = new Map<number, number>();
    group.hashes.forEach((hash, page) => {
      const photo = photos.get(hash);
      if (photo?.status !== 'ready') return;
      indexOf.set(page, pages.length);
      pages.push({
        url: photo.url,
        label: t('review.materials.pageAlt', { name: group.name, page: page + 1 }),
      });
    });
    return { pages, indexOf };
  };

  const closeViewer = () => {
    setViewing(null);
    requestAnimationFrame(() => opener.current?.focus());
  };

  return (
    <section className="db-review-panel" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="db-review-panel__heading">
        {t('review.materials.heading')}
      </h2>
      <ul className="db-review-materials">
        {groups.map((group) => (
          <li key={group.key} className="db-review-materials__item" data-testid="case-material">
            <p className="db-review-materials__name">{group.name}</p>
            <p className="db-review-materials__facts">{group.facts}</p>
            {group.hashes.length > 0 ? (
              <ol className="db-review-materials__pages">
                {group.hashes.map((hash, page) => (
                  <li key={`${hash}-${page}`}>
                    <Thumbnail
                      photo={photos.get(hash) ?? { status: 'loading' }}
                      label={t('review.materials.pageAlt', { name: group.name, page: page + 1 })}
                      onOpen={(button) => {
                        opener.current = button;
                        const at = viewerPages(group).indexOf.get(page);
                        if (at !== undefined) setViewing({ group, index: at });
                      }}
                    />
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ul>
      {viewing ? (
        <PhotoViewer
          title={viewing.group.name}
          pages={viewerPages(viewing.group).pages}
          startIndex={viewing.index}
          onClose={closeViewer}
        />
      ) : null}
    </section>
  );
}

function Thumbnail({
  photo,
  label,
  onOpen,
}: {
  photo: CasePhoto;
  label: string;
  onOpen: (button: HTMLButtonElement) => void;
}) {
  const t = useT();
  if (photo.status === 'ready')
    return (
      <button
        type="button"
        className="db-review-thumb"
        aria-label={t('review.materials.open', { label })}
        onClick={(event) => onOpen(event.currentTarget)}
      >
        <img src={photo.url} alt="" className="db-review-thumb__image" />
      </button>
    );
  return (
    <span className="db-review-thumb db-review-thumb--empty" role="img" aria-label={label}>
      <small>{photo.status === 'loading' ? t('review.photo.loading') : t(PROBLEM_KEYS[photo.problem])}</small>
    </span>
  );
}
