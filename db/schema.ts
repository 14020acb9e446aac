import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

// ---------------------------------------------------------------------------------------------
// Enums. The status scale and its weights live in lib/scoring.ts; this is only the storage type.
// ---------------------------------------------------------------------------------------------

export const roleEnum = pgEnum('role', ['focal_point', 'secretariat', 'admin']);
export const membershipEventTypeEnum = pgEnum('membership_event_type', [
  'joined',
  'renewed',
  'suspended',
  'reinstated',
  'left',
]);
export const datePrecisionEnum = pgEnum('date_precision', ['day', 'month', 'year', 'unknown']);
export const publicationStateEnum = pgEnum('publication_state', ['draft', 'published', 'archived']);
export const implementationStatusEnum = pgEnum('implementation_status', [
  'not_started',
  'limited',
  'substantial',
  'complete',
  'withdrawn',
  'no_information',
]);
export const reportStateEnum = pgEnum('report_state', ['draft', 'submitted', 'verified', 'returned']);
export const roundStatusEnum = pgEnum('round_status', ['planned', 'open', 'closed']);
export const invitationPurposeEnum = pgEnum('invitation_purpose', ['invite', 'reset']);
export const auditOutcomeEnum = pgEnum('audit_outcome', ['success', 'denied', 'failure']);
/**
 * The language a commitment's texts were written in, as a BCP 47 language subtag, so that pages can mark
 * them with `lang` and a screen reader reads them with the right voice. The list is closed, not any tag:
 * a typed tag ("eng", "english", "en_GB") would reach the `lang` attribute and mislead the screen reader
 * it is meant for, and the form offers a choice rather than a text box. It holds the six UN languages,
 * then the official languages of the Community's current members (the ones a state may write in)
 * beside those. Adding one is a migration (`ALTER TYPE … ADD VALUE`), which is the point: the list is reviewed.
 */
export const contentLanguageEnum = pgEnum('content_language', [
  'en',
  'fr',
  'es',
  'ar',
  'zh',
  'ru',
  'et',
  'fi',
  'hi',
  'hu',
  'it',
  'ja',
  'ka',
  'ko',
  'lt',
  'mk',
  'mn',
  'no',
  'pl',
  'pt',
  'ro',
  'sv',
]);

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------------------------------------
// Countries and membership
// ---------------------------------------------------------------------------------------------

export const countries = pgTable(
  'countries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    iso3: text().notNull(),
    iso2: text().notNull(),
    name: text().notNull(),
    /** The UN M49 code of the state's region (lib/regions.ts): 002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania. */
    regionCode: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('countries_iso3_key').on(t.iso3),
    uniqueIndex('countries_iso2_key').on(t.iso2),
    index('countries_name_idx').on(t.name),
    index('countries_region_code_idx').on(t.regionCode),
    check('countries_iso3_format', sql`${t.iso3} ~ '^[A-Z]{3}$'`),
    check('countries_iso2_format', sql`${t.iso2} ~ '^[A-Z]{2}$'`),
    check('countries_region_code', sql`${t.regionCode} IN ('002', '019', '142', '150', '009')`),
    check('countries_version_positive', sql`${t.version} > 0`),
  ],
);

/**
 * Membership of the Governing Council as dated events. Standing is derived from them (lib/standing.ts).
 * `occurredOn` is null when the date is not known; `datePrecision` says how much of it is known
 * (a year-only date is stored as 1 January of that year with precision 'year'). `sequence` orders
 * events within a country, since dates may be unknown.
 */
export const membershipEvents = pgTable(
  'membership_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    countryId: integer()
      .notNull()
      .references(() => countries.id),
    type: membershipEventTypeEnum().notNull(),
    sequence: integer().notNull(),
    occurredOn: date({ mode: 'string' }),
    datePrecision: datePrecisionEnum().notNull(),
    /** The Council decision or meeting that took it: a reference ("GC/2026/4") and a title. */
    decisionReference: text(),
    decisionTitle: text(),
    note: text().notNull().default(''),
    sourceUrl: text(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('membership_events_country_sequence_key').on(t.countryId, t.sequence),
    check('membership_events_version_positive', sql`${t.version} > 0`),
    check('membership_events_source_url_scheme', sql`${t.sourceUrl} IS NULL OR ${t.sourceUrl} ~ '^https?://'`),
    index('membership_events_occurred_on_idx').on(t.occurredOn),
    check('membership_events_date_precision', sql`(${t.datePrecision} = 'unknown') = (${t.occurredOn} IS NULL)`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Frameworks and standards
// ---------------------------------------------------------------------------------------------

export const frameworks = pgTable(
  'frameworks',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull(),
    // Its name and description are per language, in `framework_texts`.
    adoptedOn: date({ mode: 'string' }),
    adoptedOnPrecision: datePrecisionEnum().notNull().default('unknown'),
    sourceUrl: text(),
    /** A framework of the demo data, labelled as such on public pages. */
    isDemo: boolean().notNull().default(false),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('frameworks_code_key').on(t.code),
    check('frameworks_version_positive', sql`${t.version} > 0`),
    check('frameworks_source_url_scheme', sql`${t.sourceUrl} IS NULL OR ${t.sourceUrl} ~ '^https?://'`),
  ],
);

/**
 * The languages reference texts are kept in: the interface's six (lib/i18n/routing.ts). English is
 * required (the services refuse a framework or standard without it); the others fall back to it.
 */
const textLocaleCheck = (column: AnyPgColumn) => sql`${column} IN ('en', 'fr', 'es', 'ar', 'zh', 'ru')`;

/** A framework's name and description in one language. */
export const frameworkTexts = pgTable(
  'framework_texts',
  {
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    locale: text().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.frameworkId, t.locale] }),
    check('framework_texts_locale', textLocaleCheck(t.locale)),
  ],
);

export const standards = pgTable(
  'standards',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer()
      .notNull()
      .references(() => frameworks.id),
    code: text().notNull(),
    // Its title and description are per language, in `standard_texts`.
    position: integer().notNull(),
    /** A retired standard stays on the commitments linked to it, and is no longer offered for new ones. */
    retiredAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('standards_code_key').on(t.code),
    uniqueIndex('standards_framework_position_key').on(t.frameworkId, t.position),
    check('standards_version_positive', sql`${t.version} > 0`),
  ],
);

/** A standard's title and description in one language. */
export const standardTexts = pgTable(
  'standard_texts',
  {
    standardId: integer()
      .notNull()
      .references(() => standards.id),
    locale: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.standardId, t.locale] }), check('standard_texts_locale', textLocaleCheck(t.locale))],
);

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull(),
    countryId: integer().references(() => countries.id),
    passwordHash: text(),
    isActive: boolean().notNull().default(true),
    /** Bumped by "sign out everywhere", password changes, role or country changes and deactivation. */
    sessionVersion: integer().notNull().default(1),
    totpSecret: text(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** The language of the person's mail and workspace, one of the app's locales (lib/i18n/routing.ts). */
    locale: text().notNull().default('en'),
    /** Notice kinds (lib/notifications) this person has turned off for mail; security mail is never listed. */
    mutedNotices: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** When the person last read "What's new"; notices after it count as unread. */
    noticesReadAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    index('users_country_id_idx').on(t.countryId),
    index('users_role_idx').on(t.role),
    check('users_focal_point_has_country', sql`(${t.role} = 'focal_point') = (${t.countryId} IS NOT NULL)`),
    check('users_locale_known', sql`${t.locale} IN ('en', 'fr', 'es', 'ar', 'zh', 'ru')`),
  ],
);

export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_codes_user_id_idx').on(t.userId)],
);

/**
 * One row per sign-in: its id travels in the session token, and a token whose row is ended (sign-out,
 * "end this session", a password change, deactivation) or missing is refused on its next request.
 * `lastSeenAt` is refreshed at most once a minute, to keep the writes cheap.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    /** The browser's User-Agent at sign-in, shortened; shown as "Firefox on Windows". */
    userAgent: text().notNull().default(''),
    ip: text(),
  },
  (t) => [
    index('user_sessions_user_id_idx').on(t.userId),
    index('user_sessions_active_idx')
      .on(t.userId, t.lastSeenAt)
      .where(sql`${t.endedAt} IS NULL`),
  ],
);

/**
 * Submissions that must not happen twice (a comment, a report): the form sends a random key, and the
 * first call's result is kept under it, so a replay of the same form gets that result back and changes
 * nothing. Keys are per person and action, and kept for a day.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    action: text().notNull(),
    key: text().notNull(),
    /** sha-256 of the parsed input: the same key with other content is refused, not replayed. */
    inputHash: text().notNull(),
    result: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.action, t.key] })],
);

/** One-time links, for invitations and password resets. Only the token's hash is stored. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    purpose: invitationPurposeEnum().notNull(),
    email: text().notNull(),
    role: roleEnum(),
    countryId: integer().references(() => countries.id),
    userId: uuid().references(() => users.id),
    tokenHash: text().notNull(),
    createdById: uuid().references(() => users.id),
    /** The language the invitation is sent in and the account starts with (users.locale). */
    locale: text().notNull().default('en'),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_key').on(t.tokenHash),
    index('invitations_email_idx').on(sql`lower(${t.email})`),
    index('invitations_country_id_idx').on(t.countryId),
    index('invitations_user_id_idx').on(t.userId),
    index('invitations_created_by_id_idx').on(t.createdById),
    check(
      'invitations_shape',
      sql`(${t.purpose} = 'invite' AND ${t.role} IS NOT NULL AND (${t.role} = 'focal_point') = (${t.countryId} IS NOT NULL))
        OR (${t.purpose} = 'reset' AND ${t.userId} IS NOT NULL)`,
    ),
    check('invitations_locale_known', sql`${t.locale} IN ('en', 'fr', 'es', 'ar', 'zh', 'ru')`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Commitments and reporting
// ---------------------------------------------------------------------------------------------

export const commitments = pgTable(
  'commitments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    countryId: integer()
      .notNull()
      .references(() => countries.id),
    ref: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    madeAt: text().notNull().default(''),
    madeOn: date({ mode: 'string' }),
    sourceUrl: text(),
    responsibleBody: text().notNull().default(''),
    targetDate: date({ mode: 'string' }),
    /** The language of the title, description and the reports' narratives and notes (see contentLanguageEnum). */
    language: contentLanguageEnum().notNull().default('en'),
    publication: publicationStateEnum().notNull().default('draft'),
    /** The public status: moved only by a verified report (or set when a commitment is logged). */
    status: implementationStatusEnum().notNull().default('no_information'),
    version: integer().notNull().default(1),
    createdById: uuid().references(() => users.id),
    updatedById: uuid().references(() => users.id),
    publishedAt: timestamp({ withTimezone: true }),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('commitments_ref_key').on(t.ref),
    // Lets reports and comments carry the commitment's country through a composite foreign key.
    unique('commitments_id_country_key').on(t.id, t.countryId),
    index('commitments_country_publication_idx').on(t.countryId, t.publication),
    index('commitments_publication_status_idx').on(t.publication, t.status),
    index('commitments_target_date_idx').on(t.targetDate),
    index('commitments_created_by_id_idx').on(t.createdById),
    index('commitments_updated_by_id_idx').on(t.updatedById),
    check('commitments_ref_format', sql`${t.ref} ~ '^[A-Z]{3}-[0-9]{4}-[0-9]{2,}$'`),
    check('commitments_version_positive', sql`${t.version} > 0`),
  ],
);

export const commitmentStandards = pgTable(
  'commitment_standards',
  {
    commitmentId: integer()
      .notNull()
      .references(() => commitments.id),
    standardId: integer()
      .notNull()
      .references(() => standards.id),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.standardId] }),
    index('commitment_standards_standard_id_idx').on(t.standardId),
  ],
);

export const reportingRounds = pgTable(
  'reporting_rounds',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    opensOn: date({ mode: 'string' }).notNull(),
    deadline: date({ mode: 'string' }).notNull(),
    status: roundStatusEnum().notNull().default('planned'),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // At most one round is open at a time.
    uniqueIndex('reporting_rounds_one_open_key')
      .on(t.status)
      .where(sql`${t.status} = 'open'`),
    index('reporting_rounds_deadline_idx').on(t.deadline),
    index('reporting_rounds_created_by_id_idx').on(t.createdById),
    check('reporting_rounds_dates', sql`${t.deadline} >= ${t.opensOn}`),
  ],
);

export type EvidenceLink = { label: string; url: string };

export const progressReports = pgTable(
  'progress_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    commitmentId: integer().notNull(),
    /** Always the commitment's country, enforced by the composite foreign key below. */
    countryId: integer()
      .notNull()
      .references(() => countries.id),
    roundId: integer().references(() => reportingRounds.id),
    authorId: uuid().references(() => users.id),
    claimedStatus: implementationStatusEnum().notNull(),
    narrative: text().notNull().default(''),
    evidence: jsonb().$type<EvidenceLink[]>().notNull().default([]),
    reportedOn: date({ mode: 'string' }).notNull(),
    state: reportStateEnum().notNull().default('draft'),
    submittedAt: timestamp({ withTimezone: true }),
    reviewerId: uuid().references(() => users.id),
    reviewedAt: timestamp({ withTimezone: true }),
    assessedStatus: implementationStatusEnum(),
    publicNote: text(),
    returnReason: text(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.commitmentId, t.countryId],
      foreignColumns: [commitments.id, commitments.countryId],
    }).onUpdate('cascade'),
    index('progress_reports_commitment_id_idx').on(t.commitmentId),
    // The latest verified report of one commitment, in one index probe (a scorecard does one per commitment).
    index('progress_reports_latest_verified_idx')
      .on(t.commitmentId, t.reviewedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.state} = 'verified'`),
    index('progress_reports_country_state_idx').on(t.countryId, t.state),
    index('progress_reports_state_submitted_at_idx').on(t.state, t.submittedAt),
    index('progress_reports_round_id_idx').on(t.roundId),
    index('progress_reports_author_id_idx').on(t.authorId),
    index('progress_reports_reviewer_id_idx').on(t.reviewerId),
    index('progress_reports_reviewed_at_idx').on(t.reviewedAt),
    check(
      'progress_reports_verified_shape',
      sql`${t.state} <> 'verified' OR (${t.assessedStatus} IS NOT NULL AND ${t.reviewerId} IS NOT NULL AND ${t.reviewedAt} IS NOT NULL)`,
    ),
    check(
      'progress_reports_returned_shape',
      sql`${t.state} <> 'returned' OR (${t.returnReason} IS NOT NULL AND length(trim(${t.returnReason})) > 0)`,
    ),
    check('progress_reports_submitted_shape', sql`${t.state} = 'draft' OR ${t.submittedAt} IS NOT NULL`),
    check('progress_reports_version_positive', sql`${t.version} > 0`),
  ],
);

/**
 * The report as it stood each time it was returned, so that the reviewer of the resubmission sees the
 * reason given and what changed since (claimed status, narrative, evidence).
 */
export const reportReturns = pgTable(
  'report_returns',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer()
      .notNull()
      .references(() => progressReports.id, { onDelete: 'cascade' }),
    /** The report's version when it was returned. */
    reportVersion: integer().notNull(),
    claimedStatus: implementationStatusEnum().notNull(),
    narrative: text().notNull(),
    evidence: jsonb().$type<EvidenceLink[]>().notNull(),
    reason: text().notNull(),
    reviewerId: uuid().references(() => users.id),
    returnedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('report_returns_report_id_idx').on(t.reportId, t.returnedAt),
    index('report_returns_reviewer_id_idx').on(t.reviewerId),
  ],
);

export const comments = pgTable(
  'comments',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    commitmentId: integer().notNull(),
    countryId: integer()
      .notNull()
      .references(() => countries.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      columns: [t.commitmentId, t.countryId],
      foreignColumns: [commitments.id, commitments.countryId],
    }).onUpdate('cascade'),
    index('comments_commitment_id_created_at_idx').on(t.commitmentId, t.createdAt),
    index('comments_country_id_idx').on(t.countryId),
    index('comments_author_id_idx').on(t.authorId),
    check('comments_body_not_blank', sql`length(trim(${t.body})) > 0`),
  ],
);

// ---------------------------------------------------------------------------------------------
// Public figures, kept as data
// ---------------------------------------------------------------------------------------------

/** How many published commitments stand at each status: the counts a score is computed from (lib/scoring.ts). */
const statusCounts = () => ({
  notStarted: integer().notNull().default(0),
  limited: integer().notNull().default(0),
  substantial: integer().notNull().default(0),
  complete: integer().notNull().default(0),
  withdrawn: integer().notNull().default(0),
  noInformation: integer().notNull().default(0),
});

/**
 * The figures the public pages show, per state (its published commitments by current status, its
 * verified reports), per state and reporting round (by status at the end of the round, the rule of
 * lib/score-history.ts) and per state and standard. Never written by the app: triggers (migration 0011,
 * `refresh_public_figures`) recompute a state's rows in the same transaction as any change to its
 * commitments, reports or standard links, and every state's when a round changes, so the public lists
 * read a few hundred rows rather than every report. A state with no row has no published commitment.
 * `npm run figures:check` recomputes everything from the reports and reports any drift.
 */
export const countryFigures = pgTable('country_figures', {
  countryId: integer()
    .primaryKey()
    .references(() => countries.id, { onDelete: 'cascade' }),
  ...statusCounts(),
  /** Verified reports on the state's published commitments, and when the latest was verified. */
  verifiedReports: integer().notNull().default(0),
  lastVerifiedAt: timestamp({ withTimezone: true }),
});

export const countryRoundFigures = pgTable(
  'country_round_figures',
  {
    countryId: integer()
      .notNull()
      .references(() => countries.id, { onDelete: 'cascade' }),
    roundId: integer()
      .notNull()
      .references(() => reportingRounds.id, { onDelete: 'cascade' }),
    ...statusCounts(),
  },
  (t) => [primaryKey({ columns: [t.countryId, t.roundId] }), index('country_round_figures_round_id_idx').on(t.roundId)],
);

export const countryStandardFigures = pgTable(
  'country_standard_figures',
  {
    countryId: integer()
      .notNull()
      .references(() => countries.id, { onDelete: 'cascade' }),
    standardId: integer()
      .notNull()
      .references(() => standards.id, { onDelete: 'cascade' }),
    ...statusCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.countryId, t.standardId] }),
    index('country_standard_figures_standard_id_idx').on(t.standardId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Mail and audit
// ---------------------------------------------------------------------------------------------

/** Every mail the app sends. Without SMTP it stays here, readable by admins; `dedupeKey` makes sends idempotent. */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    bodyText: text().notNull(),
    kind: text().notNull(),
    dedupeKey: text(),
    userId: uuid().references(() => users.id),
    countryId: integer().references(() => countries.id),
    sentAt: timestamp({ withTimezone: true }),
    error: text(),
    /** Set when a later message replaced this one (a re-invitation withdraws the first link). */
    withdrawnAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('outbox_messages_dedupe_key').on(t.dedupeKey),
    index('outbox_messages_created_at_idx').on(t.createdAt),
    index('outbox_messages_user_id_idx').on(t.userId),
    index('outbox_messages_country_id_idx').on(t.countryId),
  ],
);

/**
 * What concerns one person ("What's new", lib/notifications): written in the same transaction as the
 * change that causes it, once per `dedupeKey`, whether or not the person takes that kind by mail.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    dedupeKey: text().notNull(),
    countryId: integer().references(() => countries.id),
    commitmentId: integer().references(() => commitments.id, { onDelete: 'cascade' }),
    reportId: integer().references(() => progressReports.id, { onDelete: 'cascade' }),
    roundId: integer().references(() => reportingRounds.id, { onDelete: 'cascade' }),
    actorId: uuid().references(() => users.id),
    /** Plain values the notice is worded from (a reference, a status, a reason), never text in a language. */
    params: jsonb().$type<Record<string, string | number | null>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key').on(t.dedupeKey),
    index('notifications_user_id_created_at_idx').on(t.userId, t.createdAt),
    index('notifications_country_id_idx').on(t.countryId),
    index('notifications_commitment_id_idx').on(t.commitmentId),
    index('notifications_report_id_idx').on(t.reportId),
    index('notifications_round_id_idx').on(t.roundId),
    index('notifications_actor_id_idx').on(t.actorId),
  ],
);

/** Append-only: a trigger (migration 0001) refuses UPDATE and DELETE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id),
    actorRole: roleEnum(),
    action: text().notNull(),
    outcome: auditOutcomeEnum().notNull().default('success'),
    entityType: text(),
    entityId: text(),
    countryId: integer().references(() => countries.id),
    before: jsonb(),
    after: jsonb(),
    ip: text(),
  },
  (t) => [
    index('audit_events_occurred_at_idx').on(t.occurredAt),
    index('audit_events_actor_id_idx').on(t.actorId),
    index('audit_events_action_idx').on(t.action),
    index('audit_events_country_id_idx').on(t.countryId),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
  ],
);

/** Instance-wide facts, such as whether the demo data set is loaded (the UI then labels it as demo). */
export const appSettings = pgTable('app_settings', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: updatedAt(),
});

// ---------------------------------------------------------------------------------------------
// Row types
// ---------------------------------------------------------------------------------------------

export type Country = typeof countries.$inferSelect;
export type NewCountry = typeof countries.$inferInsert;
export type MembershipEvent = typeof membershipEvents.$inferSelect;
export type NewMembershipEvent = typeof membershipEvents.$inferInsert;
export type Framework = typeof frameworks.$inferSelect;
export type Standard = typeof standards.$inferSelect;
export type FrameworkText = typeof frameworkTexts.$inferSelect;
export type StandardText = typeof standardTexts.$inferSelect;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserSession = typeof userSessions.$inferSelect;
export type NewUserSession = typeof userSessions.$inferInsert;
export type Invitation = typeof invitations.$inferSelect;
export type Commitment = typeof commitments.$inferSelect;
export type NewCommitment = typeof commitments.$inferInsert;
export type ReportingRound = typeof reportingRounds.$inferSelect;
export type ProgressReport = typeof progressReports.$inferSelect;
export type NewProgressReport = typeof progressReports.$inferInsert;
export type Comment = typeof comments.$inferSelect;
export type CountryFigures = typeof countryFigures.$inferSelect;
export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type ReportReturn = typeof reportReturns.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;

export type Role = (typeof roleEnum.enumValues)[number];
export type ImplementationStatus = (typeof implementationStatusEnum.enumValues)[number];
export type ReportState = (typeof reportStateEnum.enumValues)[number];
export type PublicationState = (typeof publicationStateEnum.enumValues)[number];
export type MembershipEventType = (typeof membershipEventTypeEnum.enumValues)[number];
export type DatePrecision = (typeof datePrecisionEnum.enumValues)[number];
export type ContentLanguage = (typeof contentLanguageEnum.enumValues)[number];
