/**
 * The domain kernel: the rules of China's government services as pure TypeScript, shared by the
 * tablet app and the sync server. No DOM and no Node APIs here (lint enforces it).
 */
export * from './roles';
export * from './identity';
export * from './region';
export * from './catalogue';
export * from './calendar';
export * from './case';
export * from './supervision';
export * from './evaluation';
export * from './wire';
export * from './statistics';
export * from './exchange';
