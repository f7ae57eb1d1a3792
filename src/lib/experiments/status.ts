/**
 * A commitment's life: proposed → committed → running → done, and abandoned from any state that
 * is not finished (with a reason). `done` and `abandoned` are final: a commitment taken up again is
 * a new commitment, so that the history stays what happened.
 */
export const COMMITMENT_STATUSES = ['proposed', 'committed', 'running', 'done', 'abandoned'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

const NEXT: Record<CommitmentStatus, readonly CommitmentStatus[]> = {
	proposed: ['committed', 'abandoned'],
	committed: ['running', 'abandoned'],
	running: ['done', 'abandoned'],
	done: [],
	abandoned: []
};

export function nextStatuses(s: CommitmentStatus): readonly CommitmentStatus[] {
	return NEXT[s];
}

export function canMove(from: CommitmentStatus, to: CommitmentStatus): boolean {
	return NEXT[from].includes(to);
}

export function isFinal(s: CommitmentStatus): boolean {
	return NEXT[s].length === 0;
}

export interface StatusEvent {
	status: CommitmentStatus;
	/** ISO timestamp */
	at: string;
	/** user id; null for seeded or system entries */
	by: string | null;
	reason: string | null;
}
