/** The demo district: regions, users, catalogue and the seeded PRNG behind them (see README.md). */
export * from './seeded-random';
export * from './demo-seed';
export * from './demo-regions';
export * from './demo-users';
export * from './demo-categories';
export * from './demo-departments';
export * from './demo-materials';
export * from './demo-item';
export { DEMO_CATALOGUE, demoItemByName } from './demo-catalogue';
export * from './demo-district';
export * from './demo-history';
