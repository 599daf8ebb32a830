/**
 * 送达: how the result was handed back (当面送达, 邮寄送达, 申请人自取) and the signature that proves it.
 * Handed over at the station (in person or collected) the recipient signs on the tablet; by post the
 * signature is optional (the postal receipt is the proof) and the note carries the tracking number.
 */
import type { ActionPayload } from '../../domain/case/case-types';

export type DeliveryMethod = ActionPayload<'deliver'>['method'];
export const DELIVERY_METHODS: readonly DeliveryMethod[] = ['in_person', 'collected', 'post'];

export function needsSignature(method: DeliveryMethod): boolean {
  return method !== 'post';
}

export type DeliveryProblem = 'method_missing' | 'signature_missing' | 'tracking_missing' | 'note_too_long';

export const MAX_DELIVERY_NOTE_CHARS = 500;

/** The first reason the 送达 cannot be recorded yet, or null. */
export function deliveryProblemOf(input: {
  method: DeliveryMethod | null;
  signature: string | null;
  note: string;
}): DeliveryProblem | null {
  if (input.method === null) return 'method_missing';
  if (input.note.trim().length > MAX_DELIVERY_NOTE_CHARS) return 'note_too_long';
  if (needsSignature(input.method) && input.signature === null) return 'signature_missing';
  if (input.method === 'post' && input.note.trim() === '') return 'tracking_missing';
  return null;
}

export function deliveryPayloadOf(input: {
  method: DeliveryMethod;
  signature: string | null;
  note: string;
}): ActionPayload<'deliver'> {
  return {
    method: input.method,
    signature: needsSignature(input.method) ? input.signature : null,
    note: input.note.trim(),
  };
}
