/**
 * chart.js, tree-shaken: only what our bar charts use is registered (once, on first import).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
export type { ChartConfiguration } from 'chart.js';
