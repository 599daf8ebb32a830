import { useSessionUser } from '../../app/session-store';
import { useT } from '../../ui/i18n/use-t';
import { ConsultationForm } from './ConsultationForm';
import { ConsultationList } from './ConsultationList';
import { useConsultations, useItemChoices } from './use-consultations';
import './consultations.css';

/**
 * 咨询登记: the agent records an enquiry answered without a case (item, topic, minutes) and sees the
 * station's records with their upload state; a reviewer sees the records of the township's stations.
 */
export function ConsultationsScreen() {
  const t = useT();
  const user = useSessionUser();
  const consultations = useConsultations();
  const items = useItemChoices();
  if (!user) return null;
  return (
    <div className="db-consult">
      {user.role === 'agent' ? <ConsultationForm user={user} items={items} /> : null}
      <section aria-labelledby="consult-list-heading">
        <h2 id="consult-list-heading" className="db-consult__heading">
          {t('consult.listHeading')}
        </h2>
        <ConsultationList consultations={consultations} items={items} />
      </section>
    </div>
  );
}
