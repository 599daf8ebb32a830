/**
 * Jurisdiction prefixes (管辖范围) as the store uses them: a scope is a prefix of the 12-digit region code.
 * Prefixes are checked to be digits only before they reach a LIKE pattern, so '%' and '_' can never act as
 * wildcards.
 */

/** True for '' (everything: system use only) up to a full 12-digit code. */
export function isScopePrefix(value: string): boolean {
  return /^\d{0,12}$/.test(value);
}

export function assertScopePrefix(value: string): void {
  if (!isScopePrefix(value)) throw new RangeError('scope prefix must be 0 to 12 digits');
}

/** The LIKE pattern of a checked prefix. */
export function likePatternOf(scope: string): string {
  assertScopePrefix(scope);
  return `${scope}%`;
}

/**
 * The 12-digit codes of the regions above a scope: its district (and its township for a village scope).
 * '360799101' → ['360799000000']; '360799101201' → ['360799000000', '360799101000'].
 */
export function ancestorCodesOf(scope: string): string[] {
  assertScopePrefix(scope);
  const codes: string[] = [];
  for (const digits of [6, 9]) {
    if (scope.length > digits) {
      const code = scope.slice(0, digits).padEnd(12, '0');
      if (code !== scope) codes.push(code);
    }
  }
  return codes;
}

/** The 12-digit code a scope designates: '360799' → '360799000000'. */
export function regionCodeOfScope(scope: string): string {
  assertScopePrefix(scope);
  return scope.padEnd(12, '0');
}
