import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../ui/i18n/i18n';
import { authorisationText, residentIdFacts, signerLabel } from './intake-text';
import { completeDraft, ITEM, PROXY_ID } from './intake-test-fixtures';

const t = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);
const AGENT = { name: '刘代办', stationName: '青石村便民服务站' };

describe('intake texts', () => {
  it('the 代办委托书 names the applicant with a masked ID, the station, the agent, the item and the department', () => {
    const [body, ...rest] = authorisationText(completeDraft(), ITEM, AGENT, t);
    expect(body).toContain('王秀英（身份证号码 110105********002X）');
    expect(body).toContain('青石村便民服务站代办员刘代办');
    expect(body).toContain('「最低生活保障申请」');
    expect(body).toContain('县民政局');
    expect(body).not.toContain('11010519491231002X');
    expect(rest).toHaveLength(2); // promise and privacy notice
  });

  it('with a 代为申请人 the letter says who came, and that person signs', () => {
    const draft = completeDraft();
    draft.proxy = { isProxy: true, relationship: '儿子', name: '李强', idNumber: PROXY_ID, phone: '' };
    const paragraphs = authorisationText(draft, ITEM, AGENT, t);
    expect(paragraphs[1]).toContain('李强（与申请人关系：儿子');
    expect(signerLabel(draft, t)).toBe('代为申请人签名：李强');
    expect(signerLabel(completeDraft(), t)).toBe('申请人签名：王秀英');
  });

  it('reads sex and birth date from a valid ID number, nothing from an invalid one', () => {
    expect(residentIdFacts('11010519491231002X', t)).toBe('女 · 1949年12月31日出生');
    expect(residentIdFacts(PROXY_ID, t)).toBe('男 · 1990年3月7日出生');
    expect(residentIdFacts('110105194912310021', t)).toBe('');
  });
});
