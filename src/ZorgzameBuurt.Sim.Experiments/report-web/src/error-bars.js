// Chart.js plugin: draws a 95% interval whisker over each bar of a horizontal bar chart.
// A dataset opts in by carrying `lows` and `highs` arrays parallel to `data`.

export const errorBarsPlugin = {
  id: 'zbErrorBars',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    chart.data.datasets.forEach((ds, di) => {
      if (!ds.lows || !ds.highs || !chart.isDatasetVisible(di)) return;
      const meta = chart.getDatasetMeta(di);
      const valueScale = horizontal ? chart.scales[meta.xAxisID] : chart.scales[meta.yAxisID];
      ctx.save();
      ctx.strokeStyle = ds.errorBarColor || '#1f2933';
      ctx.lineWidth = 1.5;
      meta.data.forEach((bar, i) => {
        const low = ds.lows[i];
        const high = ds.highs[i];
        if (typeof low !== 'number' || typeof high !== 'number') return;
        if (!Number.isFinite(low) || !Number.isFinite(high)) return;
        const a = valueScale.getPixelForValue(low);
        const b = valueScale.getPixelForValue(high);
        const props = bar.getProps(['x', 'y', 'width', 'height'], true);
        const thickness = horizontal ? props.height : props.width;
        const cap = Math.max(3, Math.min(8, thickness * 0.35));
        const center = horizontal ? props.y : props.x;
        ctx.beginPath();
        if (horizontal) {
          ctx.moveTo(a, center);
          ctx.lineTo(b, center);
          ctx.moveTo(a, center - cap);
          ctx.lineTo(a, center + cap);
          ctx.moveTo(b, center - cap);
          ctx.lineTo(b, center + cap);
        } else {
          ctx.moveTo(center, a);
          ctx.lineTo(center, b);
          ctx.moveTo(center - cap, a);
          ctx.lineTo(center + cap, a);
          ctx.moveTo(center - cap, b);
          ctx.lineTo(center + cap, b);
        }
        ctx.stroke();
      });
      ctx.restore();
    });
  },
};
