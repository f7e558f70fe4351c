-- eventkb schema, version 6.
-- Keeping a real event's counts and report dates right when a report moves between clusters
-- (EventDeduplicator.swift) recounted the whole cluster: every count and date was a scan of its
-- reports, and the articles of each. A real event reported for weeks (or joined by bridging) grows
-- to thousands of reports, so the cost of storing one more report grew with the database. The
-- cluster gaining a report now moves its counts and dates by that one report (index lookups); the
-- cluster losing it, nearly always the report's own new one-report cluster, goes when emptied, and
-- otherwise recounts only what the report may have held (its first or last date).

DROP TRIGGER events_cluster_move;
DROP TRIGGER events_cluster_insert;

-- A new event opens its own cluster empty and moves into it, so the move trigger counts it once.
CREATE TRIGGER events_cluster_insert AFTER INSERT ON events WHEN new.cluster_id IS NULL BEGIN
    INSERT INTO event_clusters (id, mentions, articles, first_reported, last_reported) VALUES (new.id, 0, 0, NULL, NULL);
    UPDATE events SET cluster_id = new.id WHERE id = new.id;
END;

CREATE TRIGGER events_cluster_move AFTER UPDATE OF cluster_id ON events
WHEN old.cluster_id IS NOT new.cluster_id BEGIN
    UPDATE event_clusters
       SET mentions = mentions + 1,
           articles = articles + NOT EXISTS (SELECT 1 FROM events x
                                              WHERE x.cluster_id = new.cluster_id AND x.article_id = new.article_id
                                                AND x.id <> new.id),
           first_reported = coalesce(min(first_reported, (SELECT published FROM articles WHERE id = new.article_id)),
                                     first_reported, (SELECT published FROM articles WHERE id = new.article_id)),
           last_reported = coalesce(max(last_reported, (SELECT published FROM articles WHERE id = new.article_id)),
                                    last_reported, (SELECT published FROM articles WHERE id = new.article_id))
     WHERE id = new.cluster_id;
    DELETE FROM event_clusters
     WHERE id = old.cluster_id AND NOT EXISTS (SELECT 1 FROM events x WHERE x.cluster_id = old.cluster_id);
    UPDATE event_clusters
       SET mentions = mentions - 1,
           articles = articles - NOT EXISTS (SELECT 1 FROM events x
                                              WHERE x.cluster_id = old.cluster_id AND x.article_id = old.article_id),
           first_reported = CASE WHEN first_reported IS (SELECT published FROM articles WHERE id = old.article_id)
                                 THEN (SELECT min(a.published) FROM events x JOIN articles a ON a.id = x.article_id
                                        WHERE x.cluster_id = old.cluster_id)
                                 ELSE first_reported END,
           last_reported = CASE WHEN last_reported IS (SELECT published FROM articles WHERE id = old.article_id)
                                THEN (SELECT max(a.published) FROM events x JOIN articles a ON a.id = x.article_id
                                       WHERE x.cluster_id = old.cluster_id)
                                ELSE last_reported END
     WHERE id = old.cluster_id;
END;
