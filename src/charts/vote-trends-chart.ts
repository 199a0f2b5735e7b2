import type { BucketUnit, VoteBucket } from '../db/vote-trends.js';
import { formatDate, formatNumber, t } from '../messages/index.js';
import { chartFontFamily } from './svg-to-png.js';

export const chartSize = { width: 1000, height: 500 } as const;

/**
 * Series colours are Discord's own green, yellow and red; everything sits on
 * an opaque dark card with a light border, so the chart reads the same in
 * Discord's dark theme (#313338) and light theme (#ffffff). Text is sized
 * for Discord showing the image at about half its width.
 */
export const chartColors = {
  card: '#1e1f22',
  border: '#4e5058',
  title: '#f2f3f5',
  label: '#b5bac1',
  grid: '#3f4147',
  credited: '#57f287',
  adBlocker: '#fee75c',
  denied: '#ed4245',
} as const;

const series = [
  { key: 'credited', label: 'chart.credited', color: chartColors.credited },
  { key: 'adBlocker', label: 'chart.adBlocker', color: chartColors.adBlocker },
  { key: 'denied', label: 'chart.denied', color: chartColors.denied },
] as const;

/**
 * Stacked bars of votes per bucket, as an SVG document (no scripts, no
 * external references); legend, dates and numbers in `locale` (default English).
 */
export function voteTrendsSvg(opts: {
  title: string;
  unit: BucketUnit;
  buckets: VoteBucket[];
  locale?: string;
}): string {
  const locale = opts.locale ?? 'en';
  const { width, height } = chartSize;
  const plot = { left: 78, right: width - 28, top: 92, bottom: height - 58 };
  const plotHeight = plot.bottom - plot.top;
  const max = Math.max(1, ...opts.buckets.map((b) => b.credited + b.adBlocker + b.denied));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] as number;
  const y = (value: number) => plot.bottom - (value / top) * plotHeight;
  const slot = (plot.right - plot.left) / Math.max(1, opts.buckets.length);
  const barWidth = Math.max(1, slot * (opts.buckets.length > 60 ? 0.82 : 0.7));

  const parts: string[] = [
    `<rect x="1" y="1" width="${width - 2}" height="${height - 2}" rx="18" fill="${chartColors.card}" stroke="${chartColors.border}" stroke-width="2"/>`,
    text(28, 52, opts.title, { size: 28, weight: 600, fill: chartColors.title }),
  ];
  // Legend, right-aligned on the title's line.
  let legendX = plot.right;
  for (const s of [...series].reverse()) {
    const label = t(s.label, {}, locale);
    const labelWidth = label.length * 11.5;
    legendX -= labelWidth;
    parts.push(text(legendX, 50, label, { size: 21, fill: chartColors.title }));
    parts.push(`<rect x="${legendX - 26}" y="33" width="18" height="18" rx="4" fill="${s.color}"/>`);
    legendX -= 48;
  }
  for (const tick of ticks) {
    const ty = round(y(tick));
    parts.push(
      `<line x1="${plot.left}" y1="${ty}" x2="${plot.right}" y2="${ty}" stroke="${chartColors.grid}" stroke-width="${tick === 0 ? 2 : 1}"/>`,
      text(plot.left - 12, ty + 7, formatCount(tick, locale), {
        size: 20,
        fill: chartColors.label,
        anchor: 'end',
      }),
    );
  }
  opts.buckets.forEach((b, i) => {
    const x = round(plot.left + i * slot + (slot - barWidth) / 2);
    let base = 0;
    for (const s of series) {
      const value = b[s.key];
      if (value === 0) continue;
      const y0 = y(base);
      const y1 = y(base + value);
      parts.push(
        `<rect x="${x}" y="${round(y1)}" width="${round(barWidth)}" height="${round(Math.max(1, y0 - y1))}" fill="${s.color}"/>`,
      );
      base += value;
    }
  });
  // At most 7 date labels, always the first and the last bucket.
  const count = opts.buckets.length;
  const every = Math.max(1, Math.ceil((count - 1) / 6));
  opts.buckets.forEach((b, i) => {
    if (i % every !== 0 && i !== count - 1) return;
    if (i !== count - 1 && count - 1 - i < every / 2) return; // too close to the last label
    const x = plot.left + i * slot + slot / 2;
    const anchor = count === 1 ? 'middle' : i === 0 ? 'start' : i === count - 1 ? 'end' : 'middle';
    const shift = anchor === 'start' ? -slot / 2 : anchor === 'end' ? slot / 2 : 0;
    parts.push(
      text(round(x + shift), plot.bottom + 34, formatBucket(b.start, opts.unit, locale), {
        size: 20,
        fill: chartColors.label,
        anchor,
      }),
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${chartFontFamily}">${parts.join('')}</svg>`;
}

/** 0 and 3 to 5 round steps (1, 2, 2.5 or 5 times a power of ten) reaching at least max. */
export function niceTicks(max: number): number[] {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power);
  const ticks = [0];
  while ((ticks[ticks.length - 1] as number) < max) ticks.push(ticks.length * step);
  return ticks;
}

/** "Nov 23" / "23. Nov." / "Nov 2026": a bucket's start, in the reader's language (UTC, as the buckets are). */
function formatBucket(start: Date, unit: BucketUnit, locale: string): string {
  return formatDate(
    start,
    locale,
    unit === 'month' ? { month: 'short', year: 'numeric' } : { month: 'short', day: 'numeric' },
  );
}

/** "10K", "10 k", "10 B" (Turkish "bin"): compact from 10,000 on, so the axis labels fit. */
function formatCount(n: number, locale: string): string {
  return formatNumber(n, locale, n >= 10_000 ? { notation: 'compact', maximumFractionDigits: 1 } : {});
}

function text(
  x: number,
  y: number,
  content: string,
  o: { size: number; fill: string; weight?: number; anchor?: 'start' | 'middle' | 'end' },
): string {
  return `<text x="${x}" y="${y}" font-size="${o.size}" fill="${o.fill}"${o.weight ? ` font-weight="${o.weight}"` : ''}${
    o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : ''
  }>${escapeXml(content)}</text>`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const round = (n: number) => Math.round(n * 10) / 10;
