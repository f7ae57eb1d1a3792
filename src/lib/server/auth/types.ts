/**
 * The shapes every route and service of an organisation codes against. A `Membership` is the only
 * source of an orgId: services read `membership.orgId`, never a form field or a URL segment.
 */
import type { ALL_ORG_KINDS, ROLES } from '../db/schema/auth';

export type Role = (typeof ROLES)[number];
export type OrgKind = (typeof ALL_ORG_KINDS)[number];

export interface OrgSummary {
	id: string;
	slug: string;
	name: string;
	kind: OrgKind;
	isDemo: boolean;
}

export interface Membership {
	orgId: string;
	/** null for a visitor of the demo who is not one of its members */
	userId: string | null;
	role: Role;
	org: OrgSummary;
	/** true for an anonymous visitor of the demo */
	anonymous: boolean;
}

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	/** a learner of a training session (src/lib/server/training.ts): confined to their team */
	isGuest?: boolean;
}

export interface Session {
	/** hex SHA-256 of the cookie token */
	id: string;
	userId: string;
	expiresAt: Date;
}
