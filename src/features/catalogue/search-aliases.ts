/**
 * 简称与俗称: the short and everyday names people use at the counter for words in official item names.
 * An item whose name contains `phrase` is also found as if its name said `term` there, so `dibao` and
 * `低保` find 最低生活保障申请 ahead of names that merely contain 地…保, and 准生证 finds 生育登记.
 */
export interface SearchAlias {
  term: string;
  phrase: string;
}

export const SEARCH_ALIASES: readonly SearchAlias[] = [
  { term: '低保', phrase: '最低生活保障' },
  { term: '五保', phrase: '特困人员救助供养' },
  { term: '医保', phrase: '医疗保险' },
  { term: '医保', phrase: '医疗保障' },
  { term: '社保', phrase: '社会保险' },
  { term: '社保', phrase: '社会保障' },
  { term: '居保', phrase: '城乡居民基本养老保险' },
  { term: '养老金', phrase: '养老保险待遇' },
  { term: '准生证', phrase: '生育登记' },
  { term: '残疾证', phrase: '残疾人证' },
  { term: '退伍', phrase: '退役' },
  { term: '户口', phrase: '户籍' },
  { term: '失业金', phrase: '失业保险金' },
];
