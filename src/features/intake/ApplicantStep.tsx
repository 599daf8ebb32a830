import { useState } from 'react';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { useT } from '../../ui/i18n/use-t';
import { applicantKindsFor, checkApplicant, type ApplicantFieldName } from './applicant-check';
import { residentIdFacts } from './intake-text';
import type { IntakeDraft } from './intake-draft';
import { IntakeField } from './IntakeField';
import type { StepProps } from './step-props';

const RELATIONSHIP_KEYS = [
  'intake.relationship.spouse',
  'intake.relationship.child',
  'intake.relationship.parent',
  'intake.relationship.sibling',
  'intake.relationship.relative',
  'intake.relationship.villageStaff',
] as const;

/** An ID error is shown live once 18 characters are typed, or after the field is left. */
function isIdReady(raw: string): boolean {
  return raw.replace(/\s/g, '').length >= 18;
}

/** Step 2 — the applicant (申请人): natural person with an optional 代为申请人, or legal person. */
export function ApplicantStep({
  draft,
  item,
  change,
  persist,
  showAllProblems,
}: StepProps & { item: ServiceItem }) {
  const t = useT();
  const [touched, setTouched] = useState<ReadonlySet<ApplicantFieldName>>(new Set());
  const { applicant, proxy } = draft;
  const problems = checkApplicant(applicant, proxy, item);
  const kinds = applicantKindsFor(item);
  const shown = (name: ApplicantFieldName, isLive = false) =>
    showAllProblems || touched.has(name) || isLive ? (problems[name] ?? null) : null;
  const leave = (name: ApplicantFieldName) => () => {
    setTouched((current) => new Set(current).add(name));
    void persist();
  };
  const setApplicant = (patch: Partial<IntakeDraft['applicant']>, shouldPersist = false) =>
    change((d) => ({ ...d, applicant: { ...d.applicant, ...patch } }), shouldPersist);
  const setProxy = (patch: Partial<IntakeDraft['proxy']>, shouldPersist = false) =>
    change((d) => ({ ...d, proxy: { ...d.proxy, ...patch } }), shouldPersist);

  const text = (
    name: ApplicantFieldName,
    label: string,
    value: string,
    onChange: (value: string) => void,
    options: {
      isRequired?: boolean;
      hint?: string;
      status?: string;
      isLive?: boolean;
      inputMode?: 'tel' | 'text';
      autoComplete?: string;
      list?: string;
    } = {},
  ) => (
    <IntakeField
      label={label}
      isRequired={options.isRequired ?? false}
      {...(options.hint ? { hint: options.hint } : {})}
      {...(options.status ? { status: options.status } : {})}
      problem={shown(name, options.isLive)}
    >
      {(control) => (
        <input
          {...control}
          className="db-input"
          type="text"
          inputMode={options.inputMode ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          list={options.list}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={leave(name)}
        />
      )}
    </IntakeField>
  );

  return (
    <div className="db-intake__form">
      {kinds.length > 1 ? (
        <fieldset className="db-intake__choices">
          <legend className="db-field__label">{t('intake.applicant.kind')}</legend>
          {(['person', 'legal'] as const).map((kind) => (
            <label key={kind} className="db-intake__choice">
              <input
                type="radio"
                name="applicant-kind"
                checked={applicant.kind === kind}
                onChange={() => setApplicant({ kind }, true)}
              />
              {t(kind === 'person' ? 'intake.applicant.person' : 'intake.applicant.legal')}
            </label>
          ))}
        </fieldset>
      ) : null}
      {problems.kind ? (
        <p className="db-field__error" role="alert">
          {t('intake.error.kindNotServed')}
        </p>
      ) : null}

      {applicant.kind === 'person' ? (
        <>
          {text('name', t('intake.applicant.name'), applicant.name, (name) => setApplicant({ name }), {
            isRequired: true,
            autoComplete: 'name',
          })}
          {text(
            'idNumber',
            t('intake.applicant.idNumber'),
            applicant.idNumber,
            (idNumber) => setApplicant({ idNumber }),
            {
              isRequired: true,
              status: residentIdFacts(applicant.idNumber, t),
              isLive: isIdReady(applicant.idNumber),
              hint: t('intake.applicant.idHint'),
            },
          )}
          {text('phone', t('intake.applicant.phone'), applicant.phone, (phone) => setApplicant({ phone }), {
            isRequired: !proxy.isProxy,
            inputMode: 'tel',
            autoComplete: 'tel',
          })}
          {text('address', t('intake.applicant.address'), applicant.address, (address) =>
            setApplicant({ address }),
          )}

          <label className="db-intake__check">
            <input
              type="checkbox"
              checked={proxy.isProxy}
              onChange={(event) => setProxy({ isProxy: event.target.checked }, true)}
            />
            {t('intake.proxy.toggle')}
          </label>
          {proxy.isProxy ? (
            <fieldset className="db-intake__group">
              <legend className="db-intake__group-title">{t('intake.proxy.heading')}</legend>
              <datalist id="db-intake-relationships">
                {RELATIONSHIP_KEYS.map((key) => (
                  <option key={key} value={t(key)} />
                ))}
              </datalist>
              {text(
                'proxy.relationship',
                t('intake.proxy.relationship'),
                proxy.relationship,
                (relationship) => setProxy({ relationship }),
                {
                  isRequired: true,
                  list: 'db-intake-relationships',
                  hint: t('intake.proxy.relationshipHint'),
                },
              )}
              {text('proxy.name', t('intake.proxy.name'), proxy.name, (name) => setProxy({ name }), {
                isRequired: true,
              })}
              {text(
                'proxy.idNumber',
                t('intake.proxy.idNumber'),
                proxy.idNumber,
                (idNumber) => setProxy({ idNumber }),
                {
                  isRequired: true,
                  status: residentIdFacts(proxy.idNumber, t),
                  isLive: isIdReady(proxy.idNumber),
                },
              )}
              {text('proxy.phone', t('intake.proxy.phone'), proxy.phone, (phone) => setProxy({ phone }), {
                isRequired: true,
                inputMode: 'tel',
              })}
            </fieldset>
          ) : null}
        </>
      ) : (
        <>
          {text('name', t('intake.applicant.orgName'), applicant.name, (name) => setApplicant({ name }), {
            isRequired: true,
          })}
          {text(
            'creditCode',
            t('intake.applicant.creditCode'),
            applicant.creditCode,
            (creditCode) => setApplicant({ creditCode, isCreditCodeWarningAccepted: false }),
            {
              isRequired: true,
              isLive: isIdReady(applicant.creditCode),
              hint: t('intake.applicant.creditCodeHint'),
            },
          )}
          {problems.creditCode?.isWarning ? (
            <label className="db-intake__check db-intake__check--warning">
              <input
                type="checkbox"
                checked={applicant.isCreditCodeWarningAccepted}
                onChange={(event) =>
                  setApplicant({ isCreditCodeWarningAccepted: event.target.checked }, true)
                }
              />
              {t('intake.applicant.acceptWarning')}
            </label>
          ) : null}
          {text(
            'representative',
            t('intake.applicant.representative'),
            applicant.representative,
            (representative) => setApplicant({ representative }),
            { isRequired: true },
          )}
          {text('phone', t('intake.applicant.phone'), applicant.phone, (phone) => setApplicant({ phone }), {
            isRequired: true,
            inputMode: 'tel',
          })}
          {text('address', t('intake.applicant.orgAddress'), applicant.address, (address) =>
            setApplicant({ address }),
          )}
        </>
      )}
    </div>
  );
}
