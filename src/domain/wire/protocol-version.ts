/**
 * Version of the wire protocol between the app and the sync server. Bump it when a message
 * changes incompatibly; the server answers `client_too_old` / `server_too_old` (HTTP 426 / 409)
 * so an old tablet knows to update rather than corrupt data.
 */
export const PROTOCOL_VERSION = 1;
/** The oldest client protocol this server still accepts. */
export const MIN_CLIENT_PROTOCOL_VERSION = 1;
/** Header every API request carries. */
export const PROTOCOL_HEADER = 'x-daiban-protocol';
