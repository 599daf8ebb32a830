/** Everything that crosses the network between the app and the sync server. */
export * from './protocol-version';
export * from './auth-messages';
export * from './replication-messages';
