/**
 * Checks of the applicant step (申请人): natural person (姓名, 身份证号码, 手机, 住址) with an optional
 * 代为申请人 (a relative applying on their behalf), or legal person (单位名称, 统一社会信用代码, 法定代表人).
 * The domain validators give the specific Chinese reason; a credit-code check-digit failure is a warning
 * the agent may accept after checking the licence.
 */
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { validateCreditCode, validateMobile, validateResidentId } from '../../domain/identity';
import type { DraftApplicant, DraftProxy } from './intake-draft';
import { keyProblem, textProblem, type IntakeProblem } from './intake-problem';

export type ApplicantFieldName =
  | 'kind'
  | 'name'
  | 'idNumber'
  | 'creditCode'
  | 'representative'
  | 'phone'
  | 'address'
  | 'proxy.relationship'
  | 'proxy.name'
  | 'proxy.idNumber'
  | 'proxy.phone';

export type ApplicantProblems = Partial<Record<ApplicantFieldName, IntakeProblem>>;

/** Which kinds of applicant the item serves (服务对象): 自然人 → person; any 法人/组织 → legal. */
export function applicantKindsFor(item: Pick<ServiceItem, 'serviceObjects'>): Array<'person' | 'legal'> {
  const kinds: Array<'person' | 'legal'> = [];
  if (item.serviceObjects.includes('自然人')) kinds.push('person');
  if (item.serviceObjects.some((object) => object !== '自然人')) kinds.push('legal');
  return kinds;
}

function checkPhone(raw: string, isRequired: boolean): IntakeProblem | undefined {
  if (raw.trim() === '') return isRequired ? keyProblem('intake.error.phoneRequired') : undefined;
  const result = validateMobile(raw);
  return result.ok ? undefined : textProblem(result.message);
}

/** Every problem on the step, by field; `today` (YYYY-MM-DD) only for tests. */
export function checkApplicant(
  applicant: DraftApplicant,
  proxy: DraftProxy,
  item: Pick<ServiceItem, 'serviceObjects'> | null,
  today?: string,
): ApplicantProblems {
  const problems: ApplicantProblems = {};
  if (item && !applicantKindsFor(item).includes(applicant.kind)) {
    problems.kind = keyProblem('intake.error.kindNotServed');
  }
  if (applicant.kind === 'person') {
    if (applicant.name.trim() === '') problems.name = keyProblem('intake.error.nameRequired');
    const id = validateResidentId(applicant.idNumber, today);
    if (!id.ok) problems.idNumber = textProblem(id.message);
    const phone = checkPhone(applicant.phone, !proxy.isProxy);
    if (phone) problems.phone = phone;
    if (proxy.isProxy) {
      if (proxy.relationship.trim() === '')
        problems['proxy.relationship'] = keyProblem('intake.error.relationshipRequired');
      if (proxy.name.trim() === '') problems['proxy.name'] = keyProblem('intake.error.nameRequired');
      const proxyId = validateResidentId(proxy.idNumber, today);
      if (!proxyId.ok) problems['proxy.idNumber'] = textProblem(proxyId.message);
      else if (id.ok && proxyId.value.idNumber === id.value.idNumber)
        problems['proxy.idNumber'] = keyProblem('intake.error.proxySamePerson');
      const proxyPhone = checkPhone(proxy.phone, true);
      if (proxyPhone) problems['proxy.phone'] = proxyPhone;
    }
  } else {
    if (applicant.name.trim() === '') problems.name = keyProblem('intake.error.orgNameRequired');
    const code = validateCreditCode(applicant.creditCode);
    if (!code.ok) problems.creditCode = textProblem(code.message, code.isWarning === true);
    if (applicant.representative.trim() === '')
      problems.representative = keyProblem('intake.error.representativeRequired');
    const phone = checkPhone(applicant.phone, true);
    if (phone) problems.phone = phone;
  }
  return problems;
}

/** Problems that stop the agent: all but a credit-code warning the agent has accepted. */
export function blockingApplicantProblems(
  applicant: DraftApplicant,
  problems: ApplicantProblems,
): ApplicantFieldName[] {
  return (Object.keys(problems) as ApplicantFieldName[]).filter((name) => {
    const problem = problems[name];
    return !(problem?.isWarning === true && name === 'creditCode' && applicant.isCreditCodeWarningAccepted);
  });
}
