import type { Material } from '../../domain/catalogue/service-item';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/use-t';
import { MATERIAL_FORM_KEYS, NECESSITY_KEYS, SOURCE_KEYS } from './catalogue-format';

/**
 * 申请材料: a real table (caption, column headers) that turns into one block per material on
 * narrow screens and at high zoom, each cell labelled by its column (data-label).
 */
export function MaterialsTable({ materials, caption }: { materials: readonly Material[]; caption: string }) {
  const t = useT();
  const columns = {
    index: t('guide.material.index'),
    name: t('guide.material.name'),
    copies: t('guide.material.copies'),
    form: t('guide.material.form'),
    necessity: t('guide.material.necessity'),
    source: t('guide.material.source'),
  };
  return (
    <table className="db-materials">
      <caption className="db-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="db-materials__index">
            {columns.index}
          </th>
          <th scope="col">{columns.name}</th>
          <th scope="col">{columns.copies}</th>
          <th scope="col">{columns.form}</th>
          <th scope="col">{columns.necessity}</th>
          <th scope="col">{columns.source}</th>
        </tr>
      </thead>
      <tbody>
        {materials.map((material, index) => (
          <tr key={material.id}>
            <td className="db-materials__index" data-label={columns.index}>
              {index + 1}
            </td>
            <th scope="row" className="db-materials__name" data-label={columns.name}>
              {material.name}
            </th>
            <td data-label={columns.copies}>
              {t('guide.material.copiesValue', { originals: material.originals, copies: material.copies })}
            </td>
            <td data-label={columns.form}>{t(MATERIAL_FORM_KEYS[material.form])}</td>
            <td data-label={columns.necessity}>
              <Badge
                tone={
                  material.necessity === '必要'
                    ? 'brand'
                    : material.necessity === '容缺'
                      ? 'warning'
                      : 'neutral'
                }
              >
                {t(NECESSITY_KEYS[material.necessity])}
              </Badge>
            </td>
            <td data-label={columns.source}>
              <span className="db-materials__source">{t(SOURCE_KEYS[material.source])}</span>
              {material.note ? <span className="db-materials__note">{material.note}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
