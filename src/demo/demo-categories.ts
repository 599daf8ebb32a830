/** Categories of the demo catalogue (事项分类), in the order the catalogue screen shows them. */
export const DEMO_CATEGORIES = [
  '社会救助',
  '社会保障',
  '民政福利',
  '残疾人服务',
  '户籍与生育',
  '就业创业',
  '农业农村',
  '退役军人服务',
] as const;

export type DemoCategory = (typeof DEMO_CATEGORIES)[number];
