-- eventkb schema, version 9.
-- `entity NAME` shows an entity's latest real events and how many it has. A real event is a
-- cluster of reports (Schema/003), and the way from an entity to its clusters went through each
-- report's row: at 102,048 articles Tony Blair takes part in 11,137 reports of 7,709 real
-- events, and reading every report's cluster, then sorting all 7,709 by date, was 18-40 ms of
-- the answer. Two steps fix that:
-- 1. Each participant row carries its report's cluster, and two indexes lead from an entity (as
--    participant or as location) to its clusters, so "the real events of X" is a range of an
--    index, not a row read per report.
-- 2. A partial index holds the representative report of every real event
--    (https://www.sqlite.org/partialindex.html) by date, so the newest real events of a
--    much-reported entity are found by walking it from the end and testing each against the
--    index of step 1, stopping after the first 20 found.
-- A trigger keeps cluster_id in step when the deduplicator moves a report to another cluster; a
-- participant row written without it (a hand insert in sqlite3) takes it from its event.

ALTER TABLE event_participants ADD COLUMN cluster_id INTEGER;  -- = events.cluster_id of event_id
UPDATE event_participants SET cluster_id = (SELECT cluster_id FROM events WHERE id = event_id);
CREATE INDEX event_participants_entity_cluster ON event_participants (entity_id, cluster_id);

DROP INDEX events_location;
CREATE INDEX events_location ON events (location_id, cluster_id);

CREATE INDEX events_real_time ON events (time_start, time_end) WHERE id = cluster_id;

CREATE TRIGGER events_cluster_participants AFTER UPDATE OF cluster_id ON events
WHEN old.cluster_id IS NOT new.cluster_id BEGIN
    UPDATE event_participants SET cluster_id = new.cluster_id WHERE event_id = new.id;
END;

CREATE TRIGGER event_participants_cluster AFTER INSERT ON event_participants
WHEN new.cluster_id IS NULL BEGIN
    UPDATE event_participants SET cluster_id = (SELECT cluster_id FROM events WHERE id = new.event_id)
     WHERE event_id = new.event_id AND entity_id = new.entity_id AND role = new.role;
END;
