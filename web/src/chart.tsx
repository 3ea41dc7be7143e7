import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'preact/hooks';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;

const dark = () => matchMedia('(prefers-color-scheme: dark)').matches;

/** One ECharts chart (SVG renderer, tree-shaken), labelled for screen readers, resized with its box. */
export function Chart(props: { option: ChartOption; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, dark() ? 'dark' : undefined, { renderer: 'svg' });
    chart.setOption({
      backgroundColor: 'transparent',
      aria: { enabled: true, decal: { show: false } },
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      ...props.option,
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [JSON.stringify(props.option)]);
  return (
    <div ref={box} class="chart" role="img" aria-label={props.label} style={{ height: `${props.height ?? 220}px` }} />
  );
}

export const LANE_COLOURS: Record<string, string> = {
  red: '#d64545',
  yellow: '#e0a800',
  blue: '#3b82c4',
  green: '#2f9e6b',
  unscored: '#8a94a6',
};
