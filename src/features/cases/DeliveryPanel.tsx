import { Button } from 'antd-mobile';
import { useId, useState } from 'react';
import type { CaseHead } from '../../domain/case/case-types';
import { useT } from '../../ui/i18n/use-t';
import { SignaturePad } from '../../ui/signature/SignaturePad';
import { DELIVERY_KEYS } from './case-labels';
import {
  DELIVERY_METHODS,
  deliveryPayloadOf,
  deliveryProblemOf,
  MAX_DELIVERY_NOTE_CHARS,
  needsSignature,
  type DeliveryMethod,
  type DeliveryProblem,
} from './delivery-form';
import { StoredImage } from './StoredImage';
import { useCaseAct } from './use-case-act';

const PROBLEM_KEYS = {
  method_missing: 'cases.delivery.methodMissing',
  signature_missing: 'cases.delivery.signatureMissing',
  tracking_missing: 'cases.delivery.trackingMissing',
  note_too_long: 'cases.delivery.noteTooLong',
} as const satisfies Record<DeliveryProblem, string>;

/**
 * 送达: the township decided the case; the agent hands the result back and records how — in person or
 * collected (the recipient signs on the tablet), or by post (with the tracking number).
 */
export function DeliveryPanel({ head }: { head: CaseHead }) {
  const t = useT();
  const ids = useId();
  const { state, act, files } = useCaseAct(head);
  const [method, setMethod] = useState<DeliveryMethod | null>(null);
  const [signature, setSignature] = useState<string | null>(null);
  const [isResigning, setResigning] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<DeliveryProblem | null>(null);
  const decision = head.decision;
  if (!decision) return null;

  const send = async () => {
    const found = deliveryProblemOf({ method, signature, note });
    setProblem(found);
    if (found || method === null) return;
    const payload = deliveryPayloadOf({ method, signature, note });
    await act('deliver', payload, payload.signature ? [payload.signature] : []);
  };
  const isPost = method === 'post';
  const errorOf = (which: DeliveryProblem) => (problem === which ? `${ids}-problem` : undefined);

  return (
    <section className="db-case-panel" aria-labelledby={`${ids}-heading`} data-testid="delivery-panel">
      <h2 id={`${ids}-heading`} className="db-case-panel__heading">
        {t('cases.delivery.heading')}
      </h2>
      <p className="db-case-panel__intro">
        {t('cases.delivery.result', {
          outcome: t(decision.outcome === 'approved' ? 'cases.detail.approved' : 'cases.detail.denied'),
          no: decision.documentNo,
        })}
      </p>
      <fieldset className="db-case-choices" aria-describedby={errorOf('method_missing')}>
        <legend className="db-field__label">{t('cases.delivery.method')}</legend>
        {DELIVERY_METHODS.map((option) => (
          <label key={option} className="db-case-choice">
            <input
              type="radio"
              name={`${ids}-method`}
              checked={method === option}
              onChange={() => {
                setMethod(option);
                setProblem(null);
              }}
            />
            {t(DELIVERY_KEYS[option])}
          </label>
        ))}
      </fieldset>
      {method !== null && needsSignature(method) ? (
        signature && !isResigning ? (
          <div className="db-delivery__signed">
            <p className="db-field__label">{t('cases.delivery.signed')}</p>
            <StoredImage
              hash={signature}
              alt={t('cases.delivery.signed')}
              className="db-delivery__signature-image"
            />
            <Button fill="outline" onClick={() => setResigning(true)}>
              {t('cases.delivery.resign')}
            </Button>
          </div>
        ) : (
          <SignaturePad
            label={t('cases.delivery.signature')}
            hint={t('cases.delivery.signatureHint')}
            onConfirm={async (png) => {
              const hash = await files.put(png, { kind: 'signature', caseId: head.id, type: 'image/png' });
              setSignature(hash);
              setResigning(false);
              setProblem(null);
            }}
            {...(problem === 'signature_missing' ? { errorId: `${ids}-problem` } : {})}
          />
        )
      ) : null}
      {method !== null ? (
        <div className="db-field">
          <label className="db-field__label" htmlFor={`${ids}-note`}>
            {t(isPost ? 'cases.delivery.tracking' : 'cases.delivery.note')}
          </label>
          {isPost ? (
            <input
              id={`${ids}-note`}
              className="db-input"
              maxLength={MAX_DELIVERY_NOTE_CHARS}
              aria-required
              aria-invalid={problem === 'tracking_missing' ? true : undefined}
              aria-describedby={errorOf('tracking_missing')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          ) : (
            <textarea
              id={`${ids}-note`}
              className="db-input db-case-panel__textarea"
              rows={2}
              maxLength={MAX_DELIVERY_NOTE_CHARS}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          )}
        </div>
      ) : null}
      {problem ? (
        <p id={`${ids}-problem`} className="db-field__error" role="alert">
          {t(PROBLEM_KEYS[problem])}
        </p>
      ) : null}
      {state.kind === 'failed' ? (
        <p className="db-field__error" role="alert">
          {t('cases.action.failed', { reason: state.reason })}
        </p>
      ) : null}
      <Button
        color="primary"
        size="large"
        loading={state.kind === 'busy'}
        disabled={state.kind === 'busy'}
        onClick={() => void send()}
      >
        {t('cases.delivery.submit')}
      </Button>
    </section>
  );
}
