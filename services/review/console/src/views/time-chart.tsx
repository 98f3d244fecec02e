import { useEffect, useRef } from 'preact/hooks';
import uPlot, { type AlignedData } from 'uplot';
import 'uplot/dist/uPlot.min.css';

const palette = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#4b5563'];

/** A small uPlot line chart of series over time (seconds since epoch on x). */
export function TimeChart({ title, series, data, unit }: { title: string; series: string[]; data: AlignedData; unit: string }) {
  const host = useRef<HTMLDivElement | null>(null);
  const plot = useRef<uPlot | null>(null);
  const key = series.join('|');
  useEffect(() => {
    if (!host.current) return;
    plot.current = new uPlot(
      {
        title,
        width: 460,
        height: 200,
        series: [{}, ...series.map((label, i) => ({ label, stroke: palette[i % palette.length], width: 2, value: (_u: uPlot, v: number | null) => (v === null ? '–' : `${v.toFixed(2)} ${unit}`) }))],
        axes: [{}, { size: 60 }],
      },
      data,
      host.current,
    );
    return () => plot.current?.destroy();
    // Series (labels) change rarely; data updates go through setData below.
  }, [key]);
  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);
  return <div class="chart" ref={host} />;
}
