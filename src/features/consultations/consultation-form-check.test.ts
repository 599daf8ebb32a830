import { describe, expect, it } from 'vitest';
import { checkConsultation } from './consultation-form-check';

describe('consultation form check', () => {
  it('accepts a topic and whole minutes from 1 to 480', () => {
    expect(checkConsultation({ itemCode: '', topic: '低保申请条件', minutes: '15' })).toEqual({});
    expect(checkConsultation({ itemCode: '', topic: 'x', minutes: '480' })).toEqual({});
  });

  it('asks for a topic and refuses 0, 481, decimals and words as minutes', () => {
    expect(checkConsultation({ itemCode: '', topic: '  ', minutes: '5' }).topic).toBe(
      'consult.topicRequired',
    );
    for (const minutes of ['0', '481', '2.5', '十', '']) {
      expect(checkConsultation({ itemCode: '', topic: 'a', minutes }).minutes).toBe('consult.minutesInvalid');
    }
  });
});
