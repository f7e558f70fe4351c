-- eventkb schema, version 10.
-- `entity NAME` and `entities` say how many mentions, articles and relations an entity has, and
-- a name that fits several entities is settled by their mention counts. Each count was a range of
-- an index read at question time: at 102,048 articles the card of Germany read its 7,056 mentions
-- twice (once counted, once by distinct article) and its relations, 1.8 ms of CPU in a fresh
-- process (0.6 + 1.0 + 0.2), of an answer of about 10 ms; the United States' 73,440 mentions took
-- 5.8 + 9.4 ms. Mentions and relations are only
-- ever added by the writer, so the counts are kept as rows are written, by the triggers below,
-- which also follow a hand edit or an article deleted in sqlite3 (its mentions and relations go
-- with it, ON DELETE CASCADE, and the DELETE triggers fire for them).

CREATE TABLE entity_counts (
    entity_id INTEGER PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
    mentions  INTEGER NOT NULL DEFAULT 0,  -- rows of mentions naming the entity
    articles  INTEGER NOT NULL DEFAULT 0,  -- distinct articles among those mentions
    relations INTEGER NOT NULL DEFAULT 0   -- relations with the entity as subject or object (once if both)
) STRICT;

INSERT INTO entity_counts (entity_id, mentions, articles)
SELECT entity_id, count(*), count(DISTINCT article_id) FROM mentions GROUP BY entity_id;

INSERT INTO entity_counts (entity_id, relations)
SELECT entity_id, count(*) FROM (
    SELECT subject_id AS entity_id FROM relations
    UNION ALL
    SELECT object_id FROM relations WHERE object_id IS NOT subject_id
) WHERE true GROUP BY entity_id
ON CONFLICT (entity_id) DO UPDATE SET relations = excluded.relations;

-- A mention adds an article when it is the entity's first in that article (the mentions_entity
-- index answers that with one probe).
CREATE TRIGGER mentions_count_insert AFTER INSERT ON mentions BEGIN
    INSERT INTO entity_counts (entity_id, mentions, articles)
    VALUES (new.entity_id, 1,
            NOT EXISTS (SELECT 1 FROM mentions m
                        WHERE m.entity_id = new.entity_id AND m.article_id = new.article_id AND m.id <> new.id))
    ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1, articles = articles + excluded.articles;
END;

CREATE TRIGGER mentions_count_delete AFTER DELETE ON mentions BEGIN
    UPDATE entity_counts
       SET mentions = mentions - 1,
           articles = articles - NOT EXISTS (SELECT 1 FROM mentions m
                                             WHERE m.entity_id = old.entity_id AND m.article_id = old.article_id)
     WHERE entity_id = old.entity_id;
END;

CREATE TRIGGER mentions_count_update AFTER UPDATE OF entity_id, article_id ON mentions BEGIN
    UPDATE entity_counts
       SET mentions = mentions - 1,
           articles = articles - NOT EXISTS (SELECT 1 FROM mentions m
                                             WHERE m.entity_id = old.entity_id AND m.article_id = old.article_id)
     WHERE entity_id = old.entity_id;
    INSERT INTO entity_counts (entity_id, mentions, articles)
    VALUES (new.entity_id, 1,
            NOT EXISTS (SELECT 1 FROM mentions m
                        WHERE m.entity_id = new.entity_id AND m.article_id = new.article_id AND m.id <> new.id))
    ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + 1, articles = articles + excluded.articles;
END;

CREATE TRIGGER relations_count_insert AFTER INSERT ON relations BEGIN
    INSERT INTO entity_counts (entity_id, relations) VALUES (new.subject_id, 1)
    ON CONFLICT (entity_id) DO UPDATE SET relations = relations + 1;
    INSERT INTO entity_counts (entity_id, relations) SELECT new.object_id, 1 WHERE new.object_id IS NOT new.subject_id
    ON CONFLICT (entity_id) DO UPDATE SET relations = relations + 1;
END;

CREATE TRIGGER relations_count_delete AFTER DELETE ON relations BEGIN
    UPDATE entity_counts SET relations = relations - 1
     WHERE entity_id = old.subject_id OR (entity_id = old.object_id AND old.object_id IS NOT old.subject_id);
END;

CREATE TRIGGER relations_count_update AFTER UPDATE OF subject_id, object_id ON relations BEGIN
    UPDATE entity_counts SET relations = relations - 1
     WHERE entity_id = old.subject_id OR (entity_id = old.object_id AND old.object_id IS NOT old.subject_id);
    INSERT INTO entity_counts (entity_id, relations) VALUES (new.subject_id, 1)
    ON CONFLICT (entity_id) DO UPDATE SET relations = relations + 1;
    INSERT INTO entity_counts (entity_id, relations) SELECT new.object_id, 1 WHERE new.object_id IS NOT new.subject_id
    ON CONFLICT (entity_id) DO UPDATE SET relations = relations + 1;
END;
