// The anonymity share per outlet as a horizontal bar chart (Chart.js, bundled: no CDN). Labels are drawn on the
// canvas, never inserted as HTML.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

let chart = null;

/** Draws rows [{outlet, attributions, anonymous, share}] into the canvas, replacing any earlier chart. */
export function drawAnonymityChart(canvas, rows, outletName) {
  chart?.destroy();
  chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((r) => outletName(r.outlet)),
      datasets: [{
        label: 'نسبة الأقوال المنسوبة إلى مصادر مجهولة',
        data: rows.map((r) => Math.round(r.share * 1000) / 10),
        backgroundColor: '#9aa3ad',
        borderColor: '#5b6570',
        borderWidth: 1,
      }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'ar',
      scales: {
        x: { min: 0, max: 100, position: 'top', reverse: true, ticks: { callback: (value) => `${value}٪` } },
        y: { position: 'right', ticks: { font: { family: "'Noto Naskh Arabic', serif", size: 14 } } },
      },
      plugins: {
        tooltip: { rtl: true, callbacks: { label: (item) => `${item.raw}٪ (${rows[item.dataIndex].anonymous} من ${rows[item.dataIndex].attributions})` } },
      },
    },
  });
  return chart;
}
