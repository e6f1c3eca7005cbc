import type { Chart } from './chartjs';

let loading: Promise<typeof Chart> | undefined;

/** chart.js, fetched on first use (one download for every chart of the page). */
export function loadChart(): Promise<typeof Chart> {
	loading ??= import('./chartjs').then((module) => module.Chart);
	return loading;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws a chart when its box comes into the viewport: chart.js is loaded then, and each chart is
 * built in a task of its own, so loading the page never waits for charts below the fold and no
 * single long task blocks input. The box keeps its size meanwhile (no layout shift); the text
 * summary and the data table are in the HTML already. Returns the cleanup for onMount.
 */
export function drawWhenVisible(box: HTMLElement, draw: (ChartClass: typeof Chart) => Chart): () => void {
	let chart: Chart | undefined;
	let cancelled = false;
	const build = async () => {
		const ChartClass = await loadChart();
		await nextTask();
		if (!cancelled) chart = draw(ChartClass);
	};
	if (typeof IntersectionObserver === 'undefined') {
		void build();
		return () => {
			cancelled = true;
			chart?.destroy();
		};
	}
	const observer = new IntersectionObserver((entries) => {
		if (!entries.some((e) => e.isIntersecting)) return;
		observer.disconnect();
		void build();
	});
	observer.observe(box);
	return () => {
		cancelled = true;
		observer.disconnect();
		chart?.destroy();
	};
}
