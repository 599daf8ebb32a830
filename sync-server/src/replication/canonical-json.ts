/** JSON with object keys sorted, so two documents compare equal whatever order a database kept their keys in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** A pushed document without the fields the server or RxDB own (verdict, server time, RxDB metadata). */
export function withoutServerFields(
  document: Record<string, unknown>,
  serverFields: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(document).filter(([key]) => !key.startsWith('_') && !serverFields.includes(key)),
  );
}
