/** The data a bar chart shows: one label per bar (row), one series per colour. */
export interface ChartSeries {
	key: string;
	label: string;
	color: string;
	values: number[];
}

export interface ChartData {
	labels: string[];
	series: ChartSeries[];
}
