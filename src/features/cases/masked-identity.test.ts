import { describe, expect, it } from 'vitest';
import type { Applicant } from '../../domain/case/case-types';
import { identityNumberOf, phoneOf } from './masked-identity';

describe('masked identity', () => {
  const person: Applicant = {
    kind: 'person',
    name: '孙秀英',
    idNumber: '11010519491231002X',
    phone: '13800138000',
    address: '',
  };
  it('masks the ID number and the phone unless revealed', () => {
    expect(identityNumberOf(person, false)).toBe('110105********002X');
    expect(identityNumberOf(person, true)).toBe('11010519491231002X');
    expect(phoneOf(person.phone, false)).toBe('138****8000');
    expect(phoneOf(person.phone, true)).toBe('13800138000');
    expect(phoneOf('', false)).toBe('');
  });

  it('masks the 统一社会信用代码 of a legal person', () => {
    const legal: Applicant = {
      kind: 'legal',
      name: '青石村农业合作社',
      creditCode: '91350100M000100Y43',
      representative: '王建国',
      phone: '',
      address: '',
    };
    expect(identityNumberOf(legal, false)).toBe('91350100******0Y43');
  });
});
