import { niceCeiling } from '../../lib/pricing/chart-scale';
import { PRICING_MODEL_IDS, type PricingEstimate } from '../../lib/pricing/estimate';
import type { EstimatorWords } from '../../lib/pricing/estimator-copy-schema';
import type { Formats } from '../../lib/pricing/formats';
import { fillTemplate } from '../../lib/text/template';
import { ScrollTable } from './ScrollTable';

interface Props {
  estimate: PricingEstimate;
  words: Pick<EstimatorWords['estimate'], 'chart' | 'table'>;
  caption: string;
  /** The contract term in words. */
  years: string;
  f: Formats;
}

const WIDTH = 360;
const ROW = 58;
const AXIS = 34;
const TICKS = ['start', 'middle', 'end'] as const;
const GRID = [0, 0.5, 1];
/** The band of each row the bar and its marks use; the label sits above it, the figures below. */
const BAR_TOP = 17;
const BAR_BOTTOM = 36;

/**
 * Each model's monthly band as a horizontal bar from low to high, with a mark at the typical
 * figure. The SVG is one image to assistive technology; the table after it holds the same
 * numbers. Bars are outlined and every figure is written out, so it prints in black.
 */
export function CostChart({ estimate, words, caption, years, f }: Props) {
  const rows = PRICING_MODEL_IDS.map((id) => estimate.models[id]);
  const top = niceCeiling(Math.max(...rows.map((model) => model.monthly.high)));
  const x = (cents: number) => 2 + (cents / top) * (WIDTH - 4);
  const bottom = rows.length * ROW;
  const { chart, table } = words;
  return (
    <figure class="est-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${bottom + AXIS}`}
        role="img"
        aria-labelledby="est-chart-title est-chart-desc"
        class="est-chart-svg"
      >
        <title id="est-chart-title">{chart.title}</title>
        <desc id="est-chart-desc">
          {rows
            .map(({ label, monthly }) =>
              fillTemplate(chart.description, { model: label, range: f.range(monthly.low, monthly.high) }),
            )
            .join(' ')}
        </desc>
        <defs>
          <pattern id="est-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" class="est-hatch" />
          </pattern>
        </defs>
        {rows.map(({ model, label, monthly: { low, typical, high } }, index) => {
          const y = index * ROW;
          return (
            <g key={model}>
              {/* Grid marks only beside the bar, so they never cross a label or a figure. */}
              {GRID.map((share) => (
                <line
                  key={share}
                  x1={x(top * share)}
                  x2={x(top * share)}
                  y1={y + BAR_TOP}
                  y2={y + BAR_BOTTOM}
                  class="est-grid"
                />
              ))}
              <text x="0" y={y + 13} class="est-label">
                {label}
              </text>
              <rect x={x(low)} y={y + 19} width={Math.max(2, x(high) - x(low))} height="14" class="est-bar" />
              <line x1={x(typical)} x2={x(typical)} y1={y + BAR_TOP} y2={y + BAR_BOTTOM} class="est-typical" />
              <text x="0" y={y + 50} class="est-value">
                {fillTemplate(chart.bar, { low: f.money(low), high: f.money(high), typical: f.money(typical) })}
              </text>
            </g>
          );
        })}
        {TICKS.map((anchor, index) => (
          <text key={anchor} x={x((top * index) / 2)} text-anchor={anchor} y={bottom + 24} class="est-value">
            {f.money((top * index) / 2)}
          </text>
        ))}
      </svg>
      <figcaption class="hint">{caption}</figcaption>
      <ScrollTable
        name="est-table"
        label={table.label}
        caption={table.caption}
        head={[table.model, table.low, table.typical, table.high, fillTemplate(table.term, { years })]}
        rows={rows.map(({ label, monthly, term }) => [
          label,
          f.money(monthly.low),
          f.money(monthly.typical),
          f.money(monthly.high),
          f.range(term.low, term.high),
        ])}
      />
    </figure>
  );
}
