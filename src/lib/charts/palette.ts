/**
 * The one palette of Polku's charts. Each colour has at least 4.5:1 contrast on white (WCAG 1.4.11
 * asks 3:1 for graphics), and series also differ without colour: dash patterns for lines, point
 * styles, borders on bars. Reference lines (targets, bands) are grey and dashed.
 */
export const SERIES_COLOURS = ['#0b4f8a', '#a14f00', '#1e6b34', '#6a1b9a', '#a3123f', '#3d5560', '#00646e', '#5d4037'] as const;
export const REFERENCE_COLOUR = '#5f6670';
export const GRID_COLOUR = '#e5e7eb';
export const INK = '#1a1a1a';
export const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
export const POINT_STYLES = ['circle', 'rectRot', 'triangle', 'rect'] as const;

export function seriesColour(index: number): string {
	return SERIES_COLOURS[index % SERIES_COLOURS.length];
}
