import { useMemo } from 'react';
import { qrPath } from './qr-path';

/** A QR code drawn as SVG, generated on the device (works offline, prints sharp). */
export function ReceiptQrCode({
  text,
  label,
  size = '9rem',
}: {
  text: string;
  label: string;
  size?: string;
}) {
  const { size: modules, d } = useMemo(() => qrPath(text), [text]);
  const quiet = 4;
  const box = modules + quiet * 2;
  return (
    <svg
      className="db-receipt__qr"
      role="img"
      aria-label={label}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
