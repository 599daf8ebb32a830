import { useEffect, useState } from 'react';
import { useCaseServices } from '../../app/case-services';

/** A stored signature or photo of the case shown from its hash; the object URL is revoked when it goes. */
export function StoredImage({ hash, alt, className }: { hash: string; alt: string; className?: string }) {
  const { files } = useCaseServices();
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
      .catch(() => undefined);
    return () => {
      isCurrent = false;
      if (created) URL.revokeObjectURL(created);
    };
  }, [hash, files]);
  return url ? <img className={className} src={url} alt={alt} /> : null;
}
