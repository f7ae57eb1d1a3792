/**
 * Start-up, run once by the `init` hook before the first request: configuration, database
 * (created if missing, migrated), demo workspace. Any failure stops the process with one line.
 */
import { sql } from 'drizzle-orm';
import { createDb, migrateDb } from './db/client';
import { setDb, type Db } from './db/index';
import { readConfig } from './config';
import { readRateLimitConfig } from './auth/rate-limit';
import { ConfigError } from './config';
import { bodySizeLimitFor, readLimits } from './limits';
import { seedDemoIfMissing } from './demo';
import { purgeExpired as purgeExpiredEstimates } from './estimates';
import { getFactorLibrary } from './factor-tables';
import { getGazetteer } from './geo/index';
import { purgeExpired as purgeExpiredTraining } from './training';
import { backfill as backfillTourIndicators, backfillObservatory } from './network-indicators';
import { seedDemoNetworkIfMissing } from './demo-network';

export interface StartupReport {
	migrationsApplied: number;
	demoSeeded: boolean;
	/** training sessions past their deletion date, purged now */
	trainingPurged: number;
}

export async function startup(
	env: Record<string, string | undefined> = process.env
): Promise<{ db: Db; report: StartupReport }> {
	const config = readConfig(env);
	readRateLimitConfig(env); // a wrong limit stops the start with a one-line error, not the first log-in
	const limits = readLimits(env);
	const needed = bodySizeLimitFor(env);
	if (limits.body < needed) {
		throw new ConfigError(
			`BODY_SIZE_LIMIT (${limits.body} bytes) is below the largest upload limit plus its form (${needed} bytes): raise it or leave it unset`
		);
	}
	// Factor tables are validated before anything else: a malformed table stops the app with the
	// file, line and field; the gazetteer is indexed now so the first venue search is instant.
	getFactorLibrary();
	getGazetteer().warm();
	const db = createDb(config.databaseUrl, config.databaseAuthToken);
	if (config.databaseUrl.startsWith('file:')) {
		// Write-ahead log: readers never wait for a writer, and several processes can share the file
		// (the mode is stored in the file). `synchronous = NORMAL`, SQLite's advice for a WAL: a commit
		// is not flushed to the disk on its own, checkpoints are. The database stays consistent
		// whatever happens; a crash of the app loses nothing; a power cut or a crash of the system
		// may lose the last commits before it. Every API request counts against its rate limit
		// (a write), and waiting on the disk for each was half of a venue search's time (issue #21).
		await db.run(sql`PRAGMA journal_mode = WAL`);
		await db.run(sql`PRAGMA synchronous = NORMAL`);
	}
	const { appliedNow } = await migrateDb(db);
	const demoSeeded = config.seedDemo ? await seedDemoIfMissing(db) : false;
	// quick estimates made without an account are kept ESTIMATE_TTL_DAYS, then deleted
	await purgeExpiredEstimates(db);
	// training sessions past their deletion date (and what a deleted trainer left behind)
	const trainingPurged = await purgeExpiredTraining(db);
	if (config.seedDemo) await seedDemoNetworkIfMissing(db); // the referent's demo (issue 11)
	await backfillTourIndicators(db); // tours saved before network dashboards stored their indicators
	await backfillObservatory(db); // tours saved before the observatory kept its compact row
	setDb(db);
	return { db, report: { migrationsApplied: appliedNow, demoSeeded, trainingPurged } };
}
