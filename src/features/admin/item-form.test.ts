import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../demo/demo-catalogue';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import {
  changedFieldsOf,
  checkItemForm,
  emptyItemForm,
  emptyMaterial,
  formOfItem,
  moveRow,
  nextMaterialId,
  wholeNumberOf,
  type ItemForm,
} from './item-form';

const ITEM: ServiceItem = {
  baseCode: '000005001000',
  code: 'ITEM-A',
  version: 2,
  name: '最低生活保障申请',
  category: '社会救助',
  itemType: '05',
  exerciseLevel: '4',
  serviceObjects: ['自然人'],
  caseKind: '承诺件',
  legalDays: 30,
  promisedDays: 20,
  visits: 1,
  handledAt: 'township',
  department: '区民政局',
  conditions: '家庭人均收入低于当地最低生活保障标准',
  legalBasis: '',
  process: '',
  fees: [],
  materials: [
    {
      id: 'hukou',
      name: '户口簿',
      form: '纸质',
      originals: 1,
      copies: 1,
      necessity: '必要',
      source: '申请人自备',
      note: '',
    },
  ],
  fields: [{ key: 'familySize', label: '家庭人口数', type: 'number', required: true, min: 1, max: 20 }],
  consultPhone: '',
  supervisePhone: '12345',
  isActive: true,
  publishedAt: '2026-01-05T01:00:00.000Z',
};

const problemsOf = (form: ItemForm) => {
  const result = checkItemForm(form);
  return result.ok ? [] : result.problems.map((p) => [p.path, p.key]);
};

describe('the item editor form', () => {
  it('turns an item into a form and back into the same item, with nothing changed', () => {
    const result = checkItemForm(formOfItem(ITEM));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { version: _v, publishedAt: _p, ...expected } = ITEM;
    expect(result.body).toEqual(expected);
    expect(changedFieldsOf(result.body, ITEM)).toEqual([]);
  });

  it('names the changed fields: an edited material changes only materials', () => {
    const form = formOfItem(ITEM);
    form.materials[0]!.name = '居民户口簿（户主页及本人页）';
    const result = checkItemForm(form);
    expect(result.ok && changedFieldsOf(result.body, ITEM)).toEqual(['materials']);
  });

  it('puts every problem on its field with a catalogue message, as the domain schema sees it', () => {
    const form = formOfItem(ITEM);
    form.name = '';
    form.promisedDays = '40';
    form.visits = '两次';
    form.serviceObjects = [];
    form.materials[0]!.originals = '21';
    form.fields[0]!.key = '1size';
    expect(problemsOf(form)).toEqual(
      expect.arrayContaining([
        ['name', 'admin.problem.required'],
        ['promisedDays', 'admin.problem.promisedOverLegal'],
        ['visits', 'admin.problem.wholeNumber'],
        ['serviceObjects', 'admin.problem.chooseAtLeastOne'],
        ['materials.0.originals', 'admin.problem.wholeNumber'],
        ['fields.0.key', 'admin.problem.fieldKey'],
      ]),
    );
  });

  it('checks what the schema does not: options of a choice, min ≤ max, unique keys, a taken code', () => {
    const form = formOfItem(ITEM);
    form.fields[0]!.min = '30';
    form.fields.push({ ...form.fields[0]!, rowKey: 'x', type: 'select', options: '', min: '', max: '' });
    expect(problemsOf(form)).toEqual([
      ['fields.0.max', 'admin.problem.minOverMax'],
      ['fields.1.key', 'admin.problem.duplicateKey'],
      ['fields.1.options', 'admin.problem.optionsRequired'],
    ]);
    const fresh = { ...formOfItem(ITEM) };
    const taken = checkItemForm(fresh, new Set(['ITEM-A']));
    expect(!taken.ok && taken.problems.map((p) => p.key)).toEqual(['admin.problem.codeTaken']);
  });

  it('starts a new item empty (not publishable) and numbers new materials after the used ones', () => {
    expect(checkItemForm(emptyItemForm()).ok).toBe(false);
    expect(nextMaterialId([{ id: 'material-1' }, { id: 'hukou' }])).toBe('material-2');
    expect(emptyMaterial([{ id: 'material-2' }]).id).toBe('material-1');
  });

  it('reads whole numbers as people type them, and moves rows within bounds', () => {
    expect(wholeNumberOf(' ２０ ')).toBe(20);
    expect(wholeNumberOf('1.5')).toBeNaN();
    expect(wholeNumberOf('')).toBeNaN();
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('the demo catalogue in the editor', () => {
  it('opens and checks every item with nothing to publish', () => {
    for (const item of DEMO_CATALOGUE) {
      const result = checkItemForm(formOfItem(item));
      expect(result.ok ? changedFieldsOf(result.body, item) : result.problems, item.name).toEqual([]);
    }
  });
});
