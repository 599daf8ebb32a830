/**
 * The Daiban mark: a house with a door on a rounded square, drawn like the app icons in public/icons.
 * `isInverse` draws it white-on-brand for the blue top bar.
 */
export function BrandMark({ size = 32, isInverse = false }: { size?: number; isInverse?: boolean }) {
  const ground = isInverse ? '#ffffff' : '#1456b8';
  const house = isInverse ? '#1456b8' : '#ffffff';
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill={ground} />
      <path d="M32 13 L53 31 H47 V51 H17 V31 H11 Z" fill={house} />
      <rect x="27" y="37" width="10" height="16" rx="1.5" fill={ground} />
    </svg>
  );
}
