import { PRICING_MODEL_IDS, type ModelEstimate, type PricingModelId } from '../../lib/pricing/estimate';
import type { Formats } from './PricingEstimator';

interface Props {
  models: Record<PricingModelId, ModelEstimate>;
  formats: Formats;
}

const WIDTH = 360;
const ROW = 58;
const AXIS = 34;

/** A round scale end at or above `value` (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten), in whole cents. */
function niceCeiling(value: number): number {
  const power = 10 ** Math.max(2, Math.floor(Math.log10(Math.max(value, 1))));
  return ([1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((step) => step * power >= value) ?? 10) * power;
}

/**
 * Each model's monthly band as a horizontal bar from low to high, with a mark at the
 * typical figure. The SVG is one image to assistive technology; the table below holds the
 * same numbers. Bars are outlined and every figure is written out, so it prints in black.
 */
export function RangeChart({ models, formats }: Props) {
  const rows = PRICING_MODEL_IDS.map((id) => models[id]);
  const top = niceCeiling(Math.max(...rows.map((model) => model.monthly.high)));
  const x = (cents: number) => 2 + (cents / top) * (WIDTH - 4);
  const height = rows.length * ROW + AXIS;
  const ticks = [0, top / 2, top];

  return (
    <figure class="est-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="est-chart-title est-chart-desc"
        class="est-chart-svg"
      >
        <title id="est-chart-title">Monthly cost range of each pricing model</title>
        <desc id="est-chart-desc">
          {rows.map((model) => `${model.label}: ${formats.range(model.monthly.low, model.monthly.high)}.`).join(' ')}
        </desc>
        <defs>
          <pattern id="est-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" class="est-hatch" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <line key={tick} x1={x(tick)} x2={x(tick)} y1={0} y2={rows.length * ROW} class="est-grid" />
        ))}
        {rows.map((model, index) => {
          const y = index * ROW;
          const { low, typical, high } = model.monthly;
          return (
            <g key={model.model}>
              <text x={0} y={y + 13} class="est-label">
                {model.label}
              </text>
              <rect x={x(low)} y={y + 19} width={Math.max(2, x(high) - x(low))} height={14} class="est-bar" />
              <line x1={x(typical)} x2={x(typical)} y1={y + 16} y2={y + 36} class="est-typical" />
              <text x={0} y={y + 50} class="est-value">
                {`${formats.money(low)} to ${formats.money(high)}, typical ${formats.money(typical)}`}
              </text>
            </g>
          );
        })}
        {ticks.map((tick, index) => (
          <text
            key={tick}
            x={x(tick)}
            y={height - 10}
            class="est-value"
            text-anchor={index === 0 ? 'start' : index === 1 ? 'middle' : 'end'}
          >
            {formats.money(tick)}
          </text>
        ))}
      </svg>
      <figcaption class="hint">
        Monthly cost, low to high; the tall mark is the typical figure. The same numbers are in the table below.
      </figcaption>
      <div class="table-scroll" role="region" tabindex={0} aria-label="Monthly and contract cost of each pricing model">
        <table class="est-table">
          <caption class="visually-hidden">Cost of each pricing model, as in the chart</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Low a month</th>
              <th scope="col">Typical a month</th>
              <th scope="col">High a month</th>
              <th scope="col">Over {formats.years}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((model) => (
              <tr key={model.model}>
                <th scope="row">{model.label}</th>
                <td>{formats.money(model.monthly.low)}</td>
                <td>{formats.money(model.monthly.typical)}</td>
                <td>{formats.money(model.monthly.high)}</td>
                <td>{formats.range(model.term.low, model.term.high)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
