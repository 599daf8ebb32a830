import { Button } from 'antd-mobile';
import { useEffect, useState } from 'react';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { useT } from '../../ui/i18n/use-t';
import { SignaturePad } from '../../ui/signature/SignaturePad';
import { isStorageFull, type FileRepository } from './draft-repository';
import { authorisationText, signerLabel, type IntakeAgent } from './intake-text';
import { hasValidSignature, signatureSubject } from './intake-draft';
import type { StepProps } from './step-props';

/** Step 5 — the 代办委托书 and its on-screen signature. */
export function AuthorisationStep({
  draft,
  item,
  change,
  showAllProblems,
  files,
  agent,
}: StepProps & { item: ServiceItem; files: FileRepository; agent: IntakeAgent }) {
  const t = useT();
  const [isResigning, setResigning] = useState(false);
  const [signFailure, setSignFailure] = useState<string | null>(null);
  const errorId = 'db-intake-signature-error';
  const isStale = draft.signature !== null && !hasValidSignature(draft);
  const isMissing = (draft.signature === null || isStale) && showAllProblems;

  const confirm = async (png: Blob) => {
    let hash: string;
    try {
      hash = await files.put(png, { kind: 'signature', draftId: draft.id, type: 'image/png' });
    } catch (error) {
      // Not stored (e.g. the device is full): say so; the pad keeps the strokes for another try.
      console.warn('Daiban: signature not stored', error);
      setSignFailure(isStorageFull(error) ? t('storage.full') : t('intake.save.failed'));
      return;
    }
    setSignFailure(null);
    change(
      (d) => ({ ...d, signature: hash, signedAt: new Date().toISOString(), signedFor: signatureSubject(d) }),
      true,
    );
    setResigning(false);
  };

  return (
    <div className="db-intake__authorisation">
      <article className="db-intake__letter" aria-labelledby="db-intake-letter-title">
        <h3 id="db-intake-letter-title" className="db-intake__letter-title">
          {t('intake.authorisation.title')}
        </h3>
        {authorisationText(draft, item, agent, t).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </article>
      {isStale ? (
        <p className="db-intake__warning" role="status">
          {t('intake.authorisation.stale')}
        </p>
      ) : null}
      {draft.signature && !isResigning && !isStale ? (
        <div className="db-intake__signed">
          <p className="db-field__label">{signerLabel(draft, t)}</p>
          <SignatureImage hash={draft.signature} files={files} alt={t('intake.authorisation.signedAlt')} />
          <Button fill="outline" onClick={() => setResigning(true)}>
            {t('intake.authorisation.resign')}
          </Button>
        </div>
      ) : (
        <SignaturePad
          label={signerLabel(draft, t)}
          hint={t('intake.authorisation.signHint')}
          onConfirm={confirm}
          {...(isMissing ? { errorId } : {})}
        />
      )}
      {signFailure ? (
        <p className="db-field__error" role="alert">
          {signFailure}
        </p>
      ) : null}
      {isMissing ? (
        <p id={errorId} className="db-field__error">
          {t('intake.error.signatureMissing')}
        </p>
      ) : null}
    </div>
  );
}

/** A stored signature or photo shown from its hash; the object URL is revoked when it goes. */
export function SignatureImage({ hash, files, alt }: { hash: string; files: FileRepository; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    let created: string | null = null;
    files
      .get(hash)
      .then((blob) => {
        if (!isCurrent || !blob) return;
        created = URL.createObjectURL(blob);
        setUrl(created);
      })
      .catch((error: unknown) => console.warn('Daiban: signature unavailable', error));
    return () => {
      isCurrent = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [hash, files]);
  return url ? <img className="db-intake__signature-image" src={url} alt={alt} /> : null;
}
