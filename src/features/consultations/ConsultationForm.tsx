import { Button } from 'antd-mobile';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ulid } from 'ulid';
import { useDeviceStore } from '../../app/device-store';
import { useTaskStore } from '../../app/task-store';
import { isQuotaExceeded } from '../../db/storage-quota';
import type { SessionUser } from '../../domain/wire/auth-messages';
import { useT } from '../../ui/i18n/use-t';
import { checkConsultation, type ConsultationProblems } from './consultation-form-check';
import type { ItemChoice } from './use-consultations';

/** The quick 咨询登记 form: saved locally at once (works offline), uploaded by the sync engine. */
export function ConsultationForm({ user, items }: { user: SessionUser; items: ItemChoice[] }) {
  const t = useT();
  const ids = useId();
  const db = useDeviceStore((state) => state.db);
  const [itemCode, setItemCode] = useState('');
  const [topic, setTopic] = useState('');
  const [minutes, setMinutes] = useState('10');
  const [problems, setProblems] = useState<ConsultationProblems>({});
  const [notice, setNotice] = useState<{ isError: boolean; text: string } | null>(null);
  const [isSaving, setSaving] = useState(false);
  const setBusyWithTask = useTaskStore((state) => state.setBusyWithTask);

  // A half-typed record holds back an app update (applied only between tasks).
  const isTyping = topic.trim() !== '';
  useEffect(() => {
    setBusyWithTask(isTyping);
    return () => setBusyWithTask(false);
  }, [isTyping, setBusyWithTask]);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkConsultation({ itemCode, topic, minutes });
    setProblems(found);
    setNotice(null);
    if (Object.keys(found).length > 0 || !db || isSaving) return;
    setSaving(true);
    try {
      await db.consultations.insert({
        id: ulid(),
        regionCode: user.scope,
        itemCode: itemCode === '' ? null : itemCode,
        topic: topic.trim(),
        minutes: Number(minutes),
        actorId: user.id,
        clientTime: new Date().toISOString(),
        serverTime: null,
        rejection: null,
      });
      setTopic('');
      setNotice({ isError: false, text: t('consult.saved') });
    } catch (error) {
      // Nothing was written; what the user typed stays in the form.
      const text = isQuotaExceeded(error)
        ? t('storage.full')
        : t('consult.saveFailed', { reason: error instanceof Error ? error.message : String(error) });
      setNotice({ isError: true, text });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="db-consult__form" noValidate onSubmit={(event) => void save(event)}>
      <h1 className="db-consult__heading">{t('consult.heading')}</h1>
      <div className="db-field">
        <label className="db-field__label" htmlFor={`${ids}-item`}>
          {t('consult.item')}
        </label>
        <select
          id={`${ids}-item`}
          className="db-input"
          value={itemCode}
          onChange={(event) => setItemCode(event.target.value)}
        >
          <option value="">{t('consult.generalItem')}</option>
          {items.map((item) => (
            <option key={item.code} value={item.code}>
              {item.name}
            </option>
          ))}
        </select>
      </div>
      <div className="db-field">
        <label className="db-field__label" htmlFor={`${ids}-topic`}>
          {t('consult.topic')}
        </label>
        <textarea
          id={`${ids}-topic`}
          className="db-input db-consult__topic-input"
          value={topic}
          maxLength={200}
          rows={3}
          aria-invalid={problems.topic ? true : undefined}
          aria-describedby={problems.topic ? `${ids}-topic-error` : undefined}
          onChange={(event) => setTopic(event.target.value)}
        />
        {problems.topic ? (
          <p id={`${ids}-topic-error`} className="db-field__error">
            {t(problems.topic)}
          </p>
        ) : null}
      </div>
      <div className="db-field">
        <label className="db-field__label" htmlFor={`${ids}-minutes`}>
          {t('consult.minutes')}
        </label>
        <input
          id={`${ids}-minutes`}
          className="db-input db-consult__minutes"
          inputMode="numeric"
          value={minutes}
          aria-invalid={problems.minutes ? true : undefined}
          aria-describedby={problems.minutes ? `${ids}-minutes-error` : undefined}
          onChange={(event) => setMinutes(event.target.value)}
        />
        {problems.minutes ? (
          <p id={`${ids}-minutes-error`} className="db-field__error">
            {t(problems.minutes)}
          </p>
        ) : null}
      </div>
      {notice ? (
        <p
          className={notice.isError ? 'db-consult__error' : 'db-consult__saved'}
          role={notice.isError ? 'alert' : 'status'}
        >
          {notice.text}
        </p>
      ) : null}
      <Button type="submit" color="primary" size="large" loading={isSaving} loadingText={t('consult.saving')}>
        {t('consult.save')}
      </Button>
    </form>
  );
}
