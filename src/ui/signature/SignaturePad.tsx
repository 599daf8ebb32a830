import { Button } from 'antd-mobile';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import SignaturePadEngine, { type PointGroup } from 'signature_pad';
import { useT } from '../i18n/use-t';
import { scaleStrokes } from './scale-strokes';
import './signature-pad.css';

export interface SignaturePadProps {
  /** Visible label above the pad, e.g. 「申请人签名」. */
  label: string;
  /** A line under the label (what signing means); tied with aria-describedby. */
  hint?: string;
  /** Called with the signature as a PNG when the signer confirms. */
  onConfirm: (png: Blob) => void | Promise<void>;
  /** Id of an error message elsewhere that describes the pad. */
  errorId?: string;
  isDisabled?: boolean;
}

/**
 * A large signing area (signature_pad) with 清除 and 确认签名. The strokes survive a resize or an
 * orientation change: they are kept in CSS pixels and scaled to the new width.
 */
export function SignaturePad({ label, hint, onConfirm, errorId, isDisabled = false }: SignaturePadProps) {
  const t = useT();
  const ids = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadEngine | null>(null);
  const widthRef = useRef(0);
  const [isEmpty, setEmpty] = useState(true);
  const [isSaving, setSaving] = useState(false);
  const [isEmptyWarning, setEmptyWarning] = useState(false);

  const fit = useCallback(() => {
    const canvas = canvasRef.current;
    const pad = padRef.current;
    if (!canvas || !pad) return;
    const width = canvas.offsetWidth;
    const height = canvas.offsetHeight;
    if (width === 0 || height === 0) return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    const strokes: PointGroup[] = pad.toData();
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.getContext('2d')?.scale(ratio, ratio);
    const factor = widthRef.current > 0 ? width / widthRef.current : 1;
    widthRef.current = width;
    pad.clear();
    if (strokes.length > 0) pad.fromData(scaleStrokes(strokes, factor));
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return undefined;
    const pad = new SignaturePadEngine(canvas, {
      backgroundColor: 'rgb(255, 255, 255)',
      penColor: '#111',
      minWidth: 1,
      maxWidth: 3.2,
    });
    padRef.current = pad;
    const onEnd = () => {
      setEmpty(pad.isEmpty());
      setEmptyWarning(false);
    };
    pad.addEventListener('endStroke', onEnd);
    fit();
    const observer = new ResizeObserver(() => fit());
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', onEnd);
      pad.off();
      padRef.current = null;
    };
  }, [fit]);

  useEffect(() => {
    const pad = padRef.current;
    if (!pad) return;
    if (isDisabled) pad.off();
    else pad.on();
  }, [isDisabled]);

  const clear = () => {
    padRef.current?.clear();
    setEmpty(true);
  };

  const confirm = async () => {
    const canvas = canvasRef.current;
    const pad = padRef.current;
    if (!canvas || !pad) return;
    if (pad.isEmpty()) {
      setEmptyWarning(true);
      return;
    }
    setSaving(true);
    try {
      const png = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
          'image/png',
        ),
      );
      await onConfirm(png);
    } finally {
      setSaving(false);
    }
  };

  const describedBy = [hint ? `${ids}-hint` : '', isEmptyWarning ? `${ids}-empty` : '', errorId ?? '']
    .filter(Boolean)
    .join(' ');

  return (
    <div className="db-signature" role="group" aria-labelledby={`${ids}-label`}>
      <p id={`${ids}-label`} className="db-signature__label">
        {label}
      </p>
      {hint ? (
        <p id={`${ids}-hint`} className="db-field__hint">
          {hint}
        </p>
      ) : null}
      <canvas
        ref={canvasRef}
        className="db-signature__canvas"
        role="img"
        aria-label={isEmpty ? t('signature.areaEmpty', { label }) : t('signature.areaSigned', { label })}
        aria-describedby={describedBy || undefined}
      />
      {isEmptyWarning ? (
        <p id={`${ids}-empty`} className="db-field__error" role="alert">
          {t('signature.empty')}
        </p>
      ) : null}
      <div className="db-signature__actions">
        <Button fill="outline" onClick={clear} disabled={isDisabled || isEmpty || isSaving}>
          {t('signature.clear')}
        </Button>
        <Button
          color="primary"
          onClick={() => void confirm()}
          disabled={isDisabled || isSaving}
          loading={isSaving}
        >
          {t('signature.confirm')}
        </Button>
      </div>
    </div>
  );
}
