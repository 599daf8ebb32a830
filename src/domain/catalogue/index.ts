/** 政务服务事项: the catalogue item schema (GB/T 39046-2020) and the snapshot a case keeps. */
export * from './service-item';
