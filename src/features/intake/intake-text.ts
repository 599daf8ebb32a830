/** Texts built from the draft (pure): the 代办委托书, who signs it, and what an ID number says. */
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { maskCreditCode, maskResidentId, validateResidentId } from '../../domain/identity';
import type { Translate } from '../../ui/i18n/i18n';
import type { IntakeDraft } from './intake-draft';

export interface IntakeAgent {
  /** The agent's name (代办员). */
  name: string;
  /** The station (村/社区便民服务站) name. */
  stationName: string;
}

/** The text of the 代办委托书 for this draft (ID numbers masked: the sheet is read aloud and shown). */
export function authorisationText(
  draft: IntakeDraft,
  item: ServiceItem,
  agent: IntakeAgent,
  t: Translate,
): string[] {
  const { applicant, proxy } = draft;
  const principal =
    applicant.kind === 'person'
      ? t('intake.authorisation.person', {
          name: applicant.name.trim(),
          id: maskResidentId(applicant.idNumber),
        })
      : t('intake.authorisation.legal', {
          name: applicant.name.trim(),
          code: maskCreditCode(applicant.creditCode),
          representative: applicant.representative.trim(),
        });
  const paragraphs = [
    t('intake.authorisation.body', {
      principal,
      station: agent.stationName,
      agent: agent.name,
      item: item.name,
      department: item.department,
    }),
  ];
  if (applicant.kind === 'person' && proxy.isProxy) {
    paragraphs.push(
      t('intake.authorisation.proxy', {
        name: proxy.name.trim(),
        relationship: proxy.relationship.trim(),
        id: maskResidentId(proxy.idNumber),
      }),
    );
  }
  paragraphs.push(t('intake.authorisation.promise'), t('intake.authorisation.privacy'));
  return paragraphs;
}

/** Who signs: the applicant, the 代为申请人 when there is one, or the 法定代表人. */
export function signerLabel(draft: IntakeDraft, t: Translate): string {
  if (draft.applicant.kind === 'legal')
    return t('intake.authorisation.signRepresentative', { name: draft.applicant.representative.trim() });
  if (draft.proxy.isProxy) return t('intake.authorisation.signProxy', { name: draft.proxy.name.trim() });
  return t('intake.authorisation.signApplicant', { name: draft.applicant.name.trim() });
}

/** 身份证号码 → 「女 · 1949年12月31日出生」 once it checks out. */
export function residentIdFacts(raw: string, t: Translate): string {
  const result = validateResidentId(raw);
  if (!result.ok) return '';
  const [year, month, day] = result.value.birthDate.split('-');
  return t('intake.applicant.idFacts', {
    sex: t(result.value.sex === 'male' ? 'intake.sex.male' : 'intake.sex.female'),
    year: year ?? '',
    month: Number(month),
    day: Number(day),
  });
}
