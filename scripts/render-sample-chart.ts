// Renders the /votes stats chart from generated votes, to look at it:
//
//   npm run chart:sample [-- --out sample-chart.png] [--period 7d|30d|90d|all]
//
// Writes the PNG as the bot attaches it (transparent corners), and next to
// it the same image on Discord's dark (#313338) and light (#ffffff) chat
// backgrounds, as each theme shows it.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { svgToPng } from '../src/charts/svg-to-png.js';
import { voteTrendsSvg } from '../src/charts/vote-trends-chart.js';
import { bucketStarts } from '../src/db/vote-trends.js';
import { describePeriod, isStatsPeriod, startOfUtcDay, statsWindow } from '../src/domain/stats-period.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'sample-chart.png' },
    period: { type: 'string', default: '30d' },
  },
});
const period = values.period;
if (!isStatsPeriod(period) || period === 'all') {
  console.error('--period: 7d, 30d or 90d');
  process.exit(2);
}
const now = new Date();
const window = statsWindow(period, now);
// A deterministic pseudo-random guild: a weekly rhythm, slow growth, a few ad blockers and denials.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const buckets = bucketStarts(window.from ?? startOfUtcDay(now), window.to, 'day').map((start, i) => {
  const weekend = start.getUTCDay() === 0 || start.getUTCDay() === 6;
  const base = 120 + i * 2 + (weekend ? 60 : 0);
  return {
    start,
    credited: Math.round(base * (0.8 + random() * 0.4)),
    adBlocker: Math.round(base * 0.15 * random()),
    denied: Math.round(base * 0.1 * random()),
  };
});
const svg = voteTrendsSvg({ title: `Votes per day ${describePeriod(period)}`, unit: 'day', buckets });
const out = values.out;
await writeFile(out, await svgToPng(svg));
const base = out.replace(/\.png$/, '');
await writeFile(`${base}-on-dark.png`, await svgToPng(svg, { background: '#313338' }));
await writeFile(`${base}-on-light.png`, await svgToPng(svg, { background: '#ffffff' }));
console.log(`wrote ${out}, ${base}-on-dark.png and ${base}-on-light.png`);
