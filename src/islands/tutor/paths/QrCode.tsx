/** A link as a QR code, drawn as SVG on the page (lib/paths/qr.ts): no image file, no network. */
import { useMemo } from 'react';
import { qrDrawing } from '../../../lib/paths/qr';

export default function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => qrDrawing(text), [text]);
  return (
    <svg className="paths__qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
