-- eventkb schema, version 3.
-- One real event, many reports: every event row is one report (one sentence of one article);
-- event_clusters groups the reports of the same real event across articles. The Store assigns a
-- new report to a cluster at ingest, in the article's transaction (see EventDeduplicator.swift).
-- Also: coordinates of places (from the gazetteer) for `export --format geojson`, and a folded
-- "skeleton" of person names for transliteration variants (`Esmail Qaani` = `Ismail Qaani`).

CREATE TABLE event_clusters (
    -- One row per real event. id is the id of its first report (the representative event row,
    -- whose type, participants, place and date the per-event listings show).
    id             INTEGER PRIMARY KEY,
    mentions       INTEGER NOT NULL DEFAULT 1 CHECK (mentions >= 0),  -- reports (event rows)
    articles       INTEGER NOT NULL DEFAULT 1 CHECK (articles >= 0),  -- distinct articles reporting it
    first_reported TEXT,                                              -- earliest publication date, or NULL
    last_reported  TEXT                                               -- latest publication date, or NULL
) STRICT;

-- The real event a report belongs to; NULL only for an instant, inside the insert trigger below.
ALTER TABLE events ADD COLUMN cluster_id INTEGER REFERENCES event_clusters (id);
CREATE INDEX events_cluster ON events (cluster_id, article_id);

ALTER TABLE entities ADD COLUMN latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90);
ALTER TABLE entities ADD COLUMN longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180);
-- Person names folded for transliteration (see EntityResolver.skeleton); NULL for other types.
ALTER TABLE entities ADD COLUMN name_skeleton TEXT;
CREATE INDEX entities_skeleton ON entities (name_skeleton) WHERE name_skeleton IS NOT NULL;

-- Events stored before this version: each is its own real event.
INSERT INTO event_clusters (id, mentions, articles, first_reported, last_reported)
SELECT e.id, 1, 1, a.published, a.published FROM events e JOIN articles a ON a.id = e.article_id;
UPDATE events SET cluster_id = id;

-- Every new event starts as its own real event (so rows written by hand in sqlite3 are listed too);
-- the Store then moves a report into the cluster of an earlier report of the same event.
CREATE TRIGGER events_cluster_insert AFTER INSERT ON events WHEN new.cluster_id IS NULL BEGIN
    INSERT INTO event_clusters (id, mentions, articles, first_reported, last_reported)
    SELECT new.id, 1, 1, published, published FROM articles WHERE id = new.article_id;
    UPDATE events SET cluster_id = new.id WHERE id = new.id;
END;

-- Moving a report keeps both clusters' counts and report dates right; an emptied cluster goes.
CREATE TRIGGER events_cluster_move AFTER UPDATE OF cluster_id ON events
WHEN old.cluster_id IS NOT new.cluster_id BEGIN
    UPDATE event_clusters
       SET mentions = (SELECT count(*) FROM events x WHERE x.cluster_id = event_clusters.id),
           articles = (SELECT count(DISTINCT x.article_id) FROM events x WHERE x.cluster_id = event_clusters.id),
           first_reported = (SELECT min(a.published) FROM events x JOIN articles a ON a.id = x.article_id
                              WHERE x.cluster_id = event_clusters.id),
           last_reported = (SELECT max(a.published) FROM events x JOIN articles a ON a.id = x.article_id
                             WHERE x.cluster_id = event_clusters.id)
     WHERE id IN (old.cluster_id, new.cluster_id);
    DELETE FROM event_clusters WHERE id = old.cluster_id AND mentions = 0;
END;

CREATE TRIGGER events_cluster_delete AFTER DELETE ON events WHEN old.cluster_id IS NOT NULL BEGIN
    UPDATE event_clusters
       SET mentions = (SELECT count(*) FROM events x WHERE x.cluster_id = event_clusters.id),
           articles = (SELECT count(DISTINCT x.article_id) FROM events x WHERE x.cluster_id = event_clusters.id)
     WHERE id = old.cluster_id;
    DELETE FROM event_clusters WHERE id = old.cluster_id AND mentions = 0;
END;

CREATE VIEW real_events AS
-- One row per real event: its first report's type, place and date, and how often it was reported.
-- SELECT * FROM real_events WHERE articles > 1 ORDER BY articles DESC;
SELECT c.id             AS event_id,
       e.type           AS type,
       e.cameo          AS cameo,
       e.modality       AS modality,
       (SELECT group_concat(n.name, '; ')
          FROM (SELECT DISTINCT p.entity_id FROM events r JOIN event_participants p ON p.event_id = r.id
                 WHERE r.cluster_id = c.id) q JOIN entities n ON n.id = q.entity_id) AS participants,
       l.name           AS place,
       e.time_value || COALESCE(' ' || e.time_mod, '') AS date,
       e.time_start     AS date_start,
       e.time_end       AS date_end,
       c.mentions       AS mentions,
       c.articles       AS articles,
       c.first_reported AS first_reported,
       c.last_reported  AS last_reported
FROM event_clusters c
JOIN events e ON e.id = c.id
LEFT JOIN entities l ON l.id = e.location_id;
