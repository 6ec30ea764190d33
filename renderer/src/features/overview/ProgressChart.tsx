import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { timeAxisRange, type ProgressPoint } from './overview-data';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

/** A colour of the theme (app.css custom properties), so the chart follows light and dark. */
const themeColour = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** Decided, confirmed and disputed figures over time, as steps: drawn by Chart.js on a canvas. */
export function ProgressChart({ points }: { points: readonly ProgressPoint[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { t, i18n } = useTranslation();
  const locale = i18n.language;

  useEffect(() => {
    if (!canvas.current || points.length === 0) return;
    const series = (label: string, colour: string, value: (point: ProgressPoint) => number) => ({
      label,
      data: points.map((point) => ({ x: point.at, y: value(point) })),
      borderColor: colour,
      backgroundColor: colour,
      stepped: 'after' as const,
      pointRadius: points.length > 40 ? 0 : 3,
    });
    const text = themeColour('--muted', '#58616d');
    const dateTime = (value: unknown) => formatDateTime(new Date(Number(value)), locale);
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        datasets: [
          series(t('overview.seriesDecided'), themeColour('--accent', '#2a5bd7'), (point) => point.decided),
          series(t('overview.seriesConfirmed'), themeColour('--confirmed', '#126b3d'), (point) => point.confirmed),
          series(t('overview.seriesDisputed'), themeColour('--disputed', '#a8370a'), (point) => point.disputed),
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        color: text,
        scales: {
          x: { type: 'linear', ...timeAxisRange(points), ticks: { color: text, maxTicksLimit: 6, callback: dateTime } },
          y: { beginAtZero: true, ticks: { color: text, precision: 0 } },
        },
        plugins: { tooltip: { callbacks: { title: (items) => dateTime(items[0]?.parsed.x) } } },
      },
    });
    return () => chart.destroy();
  }, [points, t, locale]);

  if (points.length === 0) return <p className="muted">{t('overview.noEvents')}</p>;
  return (
    <div className="overview-chart">
      <canvas ref={canvas} role="img" aria-label={t('overview.chartLabel')} data-testid="progress-chart" data-points={points.length} />
    </div>
  );
}
