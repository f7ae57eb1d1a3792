/** What a failed (or succeeded) form action sends back, as the pages read it. */
export interface FieldIssue {
	key: string;
	params?: Record<string, string | number>;
}

export interface FormState {
	form?: string;
	values?: Record<string, string>;
	issues?: Record<string, FieldIssue>;
	problems?: { path: string; message: string }[];
	candidates?: { id: string; label: string }[];
	saved?: string | boolean;
	[key: string]: unknown;
}
