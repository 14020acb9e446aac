-- The public figures (country_figures, country_round_figures, country_standard_figures) are recomputed
-- per state by these functions, called by triggers in the same transaction as the change, so that no
-- write path (a service, the CSV import, the seed, a bulk load) can leave them behind. Statement-level
-- triggers with transition tables: an import of a thousand rows recomputes each state it touched once.
-- The counts are by status only; the score is computed from them by lib/scoring.ts, so its weights stay
-- in one place.

-- A state's published commitments by current status, and its verified reports on them.
CREATE OR REPLACE FUNCTION refresh_country_figures(ids integer[]) RETURNS void AS $$
BEGIN
  DELETE FROM country_figures WHERE country_id = ANY(ids);
  INSERT INTO country_figures
    (country_id, not_started, limited, substantial, complete, withdrawn, no_information, verified_reports, last_verified_at)
  SELECT m.country_id,
    count(*) FILTER (WHERE m.status = 'not_started'),
    count(*) FILTER (WHERE m.status = 'limited'),
    count(*) FILTER (WHERE m.status = 'substantial'),
    count(*) FILTER (WHERE m.status = 'complete'),
    count(*) FILTER (WHERE m.status = 'withdrawn'),
    count(*) FILTER (WHERE m.status = 'no_information'),
    coalesce(max(v.n), 0),
    max(v.last_verified_at)
  FROM commitments m
  LEFT JOIN (
    SELECT r.country_id, count(*) AS n, max(r.reviewed_at) AS last_verified_at
    FROM progress_reports r
    JOIN commitments pc ON pc.id = r.commitment_id AND pc.publication = 'published'
    WHERE r.state = 'verified' AND r.country_id = ANY(ids)
    GROUP BY r.country_id
  ) v ON v.country_id = m.country_id
  WHERE m.publication = 'published' AND m.country_id = ANY(ids)
  GROUP BY m.country_id;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A state's published commitments by status at the end of each round that has opened (the rule of
-- lib/score-history.ts): a commitment counts from the round by whose deadline it was published, with
-- the status of its latest report verified in that round or an earlier one, or else "no information".
CREATE OR REPLACE FUNCTION refresh_round_figures(ids integer[]) RETURNS void AS $$
BEGIN
  DELETE FROM country_round_figures WHERE country_id = ANY(ids);
  INSERT INTO country_round_figures
    (country_id, round_id, not_started, limited, substantial, complete, withdrawn, no_information)
  WITH rounds AS (
    SELECT id, deadline, row_number() OVER (ORDER BY opens_on, id) AS pos
    FROM reporting_rounds WHERE status IN ('open', 'closed')
  ),
  published AS (
    SELECT id, country_id, (published_at AT TIME ZONE 'UTC')::date AS published_on
    FROM commitments WHERE publication = 'published' AND country_id = ANY(ids)
  ),
  -- The latest verified report of each commitment in each round.
  latest AS (
    SELECT DISTINCT ON (r.commitment_id, r.round_id) r.commitment_id, r.assessed_status, r.reviewed_at, rd.pos
    FROM progress_reports r JOIN rounds rd ON rd.id = r.round_id
    WHERE r.state = 'verified' AND r.country_id = ANY(ids)
    ORDER BY r.commitment_id, r.round_id, r.reviewed_at DESC, r.id DESC
  ),
  -- Carried forward: the latest of those up to each round; on a tie, the earlier round's.
  standing AS (
    SELECT DISTINCT ON (p.id, rd.id) p.country_id, rd.id AS round_id,
      coalesce(l.assessed_status, 'no_information') AS status
    FROM published p
    JOIN rounds rd ON p.published_on IS NULL OR p.published_on <= rd.deadline
    LEFT JOIN latest l ON l.commitment_id = p.id AND l.pos <= rd.pos
    ORDER BY p.id, rd.id, l.reviewed_at DESC NULLS LAST, l.pos ASC
  )
  SELECT country_id, round_id,
    count(*) FILTER (WHERE status = 'not_started'),
    count(*) FILTER (WHERE status = 'limited'),
    count(*) FILTER (WHERE status = 'substantial'),
    count(*) FILTER (WHERE status = 'complete'),
    count(*) FILTER (WHERE status = 'withdrawn'),
    count(*) FILTER (WHERE status = 'no_information')
  FROM standing GROUP BY country_id, round_id;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A state's published commitments under each standard, by current status.
CREATE OR REPLACE FUNCTION refresh_standard_figures(ids integer[]) RETURNS void AS $$
BEGIN
  DELETE FROM country_standard_figures WHERE country_id = ANY(ids);
  INSERT INTO country_standard_figures
    (country_id, standard_id, not_started, limited, substantial, complete, withdrawn, no_information)
  SELECT m.country_id, cs.standard_id,
    count(*) FILTER (WHERE m.status = 'not_started'),
    count(*) FILTER (WHERE m.status = 'limited'),
    count(*) FILTER (WHERE m.status = 'substantial'),
    count(*) FILTER (WHERE m.status = 'complete'),
    count(*) FILTER (WHERE m.status = 'withdrawn'),
    count(*) FILTER (WHERE m.status = 'no_information')
  FROM commitments m JOIN commitment_standards cs ON cs.commitment_id = m.id
  WHERE m.publication = 'published' AND m.country_id = ANY(ids)
  GROUP BY m.country_id, cs.standard_id;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_public_figures(ids integer[]) RETURNS void AS $$
BEGIN
  PERFORM refresh_country_figures(ids);
  PERFORM refresh_round_figures(ids);
  PERFORM refresh_standard_figures(ids);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Commitments: any insert or delete; an update that moves one's state, publication, status or publication time.
CREATE OR REPLACE FUNCTION commitments_refresh_figures() RETURNS trigger AS $$
DECLARE
  ids integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT country_id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT country_id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT c) INTO ids FROM (
      SELECT unnest(ARRAY[o.country_id, n.country_id]) AS c FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.country_id, o.publication, o.status, o.published_at)
        IS DISTINCT FROM (n.country_id, n.publication, n.status, n.published_at)
    ) changed;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM refresh_public_figures(ids);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER commitments_figures_insert AFTER INSERT ON commitments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitments_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER commitments_figures_update AFTER UPDATE ON commitments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitments_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER commitments_figures_delete AFTER DELETE ON commitments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION commitments_refresh_figures();
--> statement-breakpoint
-- Reports: only verified ones count, so a draft saved or submitted recomputes nothing.
CREATE OR REPLACE FUNCTION progress_reports_refresh_figures() RETURNS trigger AS $$
DECLARE
  ids integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT country_id) INTO ids FROM new_rows WHERE state = 'verified';
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT country_id) INTO ids FROM old_rows WHERE state = 'verified';
  ELSE
    SELECT array_agg(DISTINCT c) INTO ids FROM (
      SELECT unnest(ARRAY[o.country_id, n.country_id]) AS c FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.state = 'verified' OR n.state = 'verified')
        AND (o.state, o.assessed_status, o.reviewed_at, o.round_id, o.commitment_id, o.country_id)
          IS DISTINCT FROM (n.state, n.assessed_status, n.reviewed_at, n.round_id, n.commitment_id, n.country_id)
    ) changed;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM refresh_country_figures(ids);
    PERFORM refresh_round_figures(ids);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER progress_reports_figures_insert AFTER INSERT ON progress_reports
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER progress_reports_figures_update AFTER UPDATE ON progress_reports
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER progress_reports_figures_delete AFTER DELETE ON progress_reports
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION progress_reports_refresh_figures();
--> statement-breakpoint
-- A commitment's standards: the per-standard figures of its state.
CREATE OR REPLACE FUNCTION commitment_standards_refresh_figures() RETURNS trigger AS $$
DECLARE
  ids integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT m.country_id) INTO ids FROM new_rows n JOIN commitments m ON m.id = n.commitment_id;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT m.country_id) INTO ids FROM old_rows o JOIN commitments m ON m.id = o.commitment_id;
  ELSE
    SELECT array_agg(DISTINCT m.country_id) INTO ids FROM (
      SELECT commitment_id FROM old_rows UNION SELECT commitment_id FROM new_rows
    ) changed JOIN commitments m ON m.id = changed.commitment_id;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM refresh_standard_figures(ids);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER commitment_standards_figures_insert AFTER INSERT ON commitment_standards
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_standards_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER commitment_standards_figures_update AFTER UPDATE ON commitment_standards
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_standards_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER commitment_standards_figures_delete AFTER DELETE ON commitment_standards
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION commitment_standards_refresh_figures();
--> statement-breakpoint
-- A round that opens, closes, moves its dates or goes: every state's round figures (every score history shows it).
CREATE OR REPLACE FUNCTION reporting_rounds_refresh_figures() RETURNS trigger AS $$
DECLARE
  changed boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT bool_or(status <> 'planned') INTO changed FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT bool_or(status <> 'planned') INTO changed FROM old_rows;
  ELSE
    SELECT bool_or((o.status, o.opens_on, o.deadline) IS DISTINCT FROM (n.status, n.opens_on, n.deadline)) INTO changed
    FROM old_rows o JOIN new_rows n ON n.id = o.id;
  END IF;
  IF changed THEN
    PERFORM refresh_round_figures(ARRAY(SELECT id FROM countries));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER reporting_rounds_figures_insert AFTER INSERT ON reporting_rounds
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reporting_rounds_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER reporting_rounds_figures_update AFTER UPDATE ON reporting_rounds
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reporting_rounds_refresh_figures();
--> statement-breakpoint
CREATE TRIGGER reporting_rounds_figures_delete AFTER DELETE ON reporting_rounds
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reporting_rounds_refresh_figures();
--> statement-breakpoint
-- Figures for the data already there.
SELECT refresh_public_figures(ARRAY(SELECT id FROM countries));
