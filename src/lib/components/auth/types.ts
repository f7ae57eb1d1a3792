/** A problem with one form field, as returned by the server in fail(400, { issues }). */
export interface Issue {
	key: string;
	params?: Record<string, string | number>;
}

export type Issues = Record<string, Issue>;
