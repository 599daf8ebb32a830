import { Tag } from 'antd-mobile';
import type { CSSProperties, ReactNode } from 'react';

export type BadgeTone = 'brand' | 'success' | 'neutral' | 'warning';

const TONES: Record<BadgeTone, { text: string; background: string }> = {
  brand: { text: 'var(--db-brand-strong)', background: 'var(--db-brand-tint)' },
  success: { text: 'var(--db-success)', background: 'var(--db-success-tint)' },
  neutral: { text: 'var(--db-text-secondary)', background: '#eef0f3' },
  warning: { text: 'var(--db-warning)', background: 'var(--db-warning-tint)' },
};

/** A short fact on a card or a heading (最多跑一次, 免费, 承诺 20 个工作日): antd-mobile's Tag in AA colours. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  const colours = TONES[tone];
  const style = {
    '--text-color': colours.text,
    '--background-color': colours.background,
    '--border-color': colours.background,
  } as CSSProperties;
  return (
    <Tag className="db-badge" style={style}>
      {children}
    </Tag>
  );
}
