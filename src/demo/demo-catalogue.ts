/**
 * The demo catalogue (演示事项目录): real village-level 代办 items of a county, with realistic materials,
 * time limits, conditions and legal bases. Codes and department credit codes are synthetic.
 *
 * Every item is parsed through `serviceItemSchema` when this module loads: a malformed item fails loudly.
 * Free items have an empty `fees` list. The 代办委托书 (proxy authorisation) is not listed among an item's
 * materials: the intake asks for it on every proxied case.
 */
import { serviceItemSchema, type ServiceItem } from '../domain/catalogue/service-item';
import { AGRICULTURE_ITEMS } from './demo-catalogue-agriculture';
import { DISABILITY_ITEMS } from './demo-catalogue-disability';
import { EMPLOYMENT_ITEMS } from './demo-catalogue-employment';
import { MEDICAL_INSURANCE_ITEMS } from './demo-catalogue-medical-insurance';
import { PENSION_ITEMS } from './demo-catalogue-pension';
import { POPULATION_ITEMS } from './demo-catalogue-population';
import { SOCIAL_ASSISTANCE_ITEMS } from './demo-catalogue-social-assistance';
import { VETERANS_ITEMS } from './demo-catalogue-veterans';
import { WELFARE_ITEMS } from './demo-catalogue-welfare';

export { DEMO_CATEGORIES, type DemoCategory } from './demo-categories';

/** The demo catalogue, grouped in the order of DEMO_CATEGORIES. Do not mutate: it is shared by all importers (generateDemoDistrict gives a copy). */
export const DEMO_CATALOGUE: ServiceItem[] = [
  ...SOCIAL_ASSISTANCE_ITEMS,
  ...PENSION_ITEMS,
  ...MEDICAL_INSURANCE_ITEMS,
  ...WELFARE_ITEMS,
  ...DISABILITY_ITEMS,
  ...POPULATION_ITEMS,
  ...EMPLOYMENT_ITEMS,
  ...AGRICULTURE_ITEMS,
  ...VETERANS_ITEMS,
].map((item) => {
  const parsed = serviceItemSchema.safeParse(item);
  if (!parsed.success) throw new Error(`演示事项「${item.name}」不符合事项规范: ${parsed.error.message}`);
  return parsed.data;
});

/** The item of a given name, or undefined (e.g. `demoItemByName('最低生活保障申请')`). */
export function demoItemByName(name: string): ServiceItem | undefined {
  return DEMO_CATALOGUE.find((item) => item.name === name);
}
