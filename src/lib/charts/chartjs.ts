/**
 * chart.js with just the parts Polku's charts use (tree-shaken), registered once. Imported only
 * through `loadChart()` so it is fetched and run after the page is up, not with the page's code.
 */
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
