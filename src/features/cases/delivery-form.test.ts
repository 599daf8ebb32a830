import { describe, expect, it } from 'vitest';
import { caseActionSchemaOf } from '../../domain/case/case-types';
import { deliveryPayloadOf, deliveryProblemOf, needsSignature } from './delivery-form';

const SIGNATURE = 'a'.repeat(64);

describe('送达 (delivery) form', () => {
  it('needs the recipient’s signature when the result is handed over at the station', () => {
    expect(needsSignature('in_person')).toBe(true);
    expect(needsSignature('collected')).toBe(true);
    expect(needsSignature('post')).toBe(false);
    expect(deliveryProblemOf({ method: null, signature: null, note: '' })).toBe('method_missing');
    expect(deliveryProblemOf({ method: 'in_person', signature: null, note: '' })).toBe('signature_missing');
    expect(deliveryProblemOf({ method: 'collected', signature: SIGNATURE, note: '' })).toBeNull();
  });

  it('needs a tracking number by post, and keeps notes within 500 characters', () => {
    expect(deliveryProblemOf({ method: 'post', signature: null, note: '  ' })).toBe('tracking_missing');
    expect(deliveryProblemOf({ method: 'post', signature: null, note: 'SF1234567890' })).toBeNull();
    expect(deliveryProblemOf({ method: 'in_person', signature: SIGNATURE, note: '字'.repeat(501) })).toBe(
      'note_too_long',
    );
  });

  it('builds payloads the domain accepts; a postal delivery carries no signature', () => {
    const inPerson = deliveryPayloadOf({ method: 'in_person', signature: SIGNATURE, note: ' 本人领取 ' });
    expect(inPerson).toEqual({ method: 'in_person', signature: SIGNATURE, note: '本人领取' });
    const post = deliveryPayloadOf({ method: 'post', signature: SIGNATURE, note: 'SF1234567890' });
    expect(post.signature).toBeNull();
    const schema = caseActionSchemaOf('deliver').shape.payload;
    expect(schema.safeParse(inPerson).success).toBe(true);
    expect(schema.safeParse(post).success).toBe(true);
  });
});
