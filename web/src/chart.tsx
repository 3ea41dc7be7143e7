import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'preact/hooks';
import type * as EchartsSetup from './echarts-setup.js';

export type ChartOption = EChartsCoreOption;

let library: Promise<typeof EchartsSetup> | undefined;
const loadLibrary = () => (library ??= import('./echarts-setup.js'));

const dark = () => matchMedia('(prefers-color-scheme: dark)').matches;

/** One ECharts chart (SVG renderer), labelled for screen readers, resized with its box. */
export function Chart(props: { option: ChartOption; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    let dispose = () => undefined as void;
    void loadLibrary().then(({ echarts }) => {
      if (!live || !box.current) return;
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
      dispose = () => {
        observer.disconnect();
        chart.dispose();
      };
    });
    return () => {
      live = false;
      dispose();
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
