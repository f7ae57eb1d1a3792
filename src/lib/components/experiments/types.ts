/** Shapes the experiments pages pass to their components. */
export interface Issue {
	key: string;
	params?: Record<string, string | number>;
}

export interface DateOption {
	id: string;
	venue: string;
	start: string;
}

export interface FreightOption {
	id: string;
	label: string;
	kind: 'vehicle' | 'shared';
}
