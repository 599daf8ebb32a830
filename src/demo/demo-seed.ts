/**
 * The default seed of the demo district (演示数据种子). `npm start`, the tests and the printed demo logins all
 * use it, so a given username always names the same person in the same village.
 */
export const DEMO_SEED = 20261123;
