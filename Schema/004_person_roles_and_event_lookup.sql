-- eventkb schema, version 4.
-- One knowledge base across articles, round 2: the titles and roles each person was given
-- (`Foreign Minister X`, `striker X`), so a later article's `Smith` joins the right one or none
-- (see EntityResolver), and an index of event reports by participant and date.

CREATE TABLE entity_roles (
    -- One row per (person, title): the first article that gave the title.
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,                     -- the title as written, lower case: 'foreign minister'
    field      TEXT NOT NULL,                     -- public, religion, sport, business, entertainment, media, law, academia
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, role)
) STRICT, WITHOUT ROWID;

CREATE INDEX entity_roles_article ON entity_roles (article_id);

-- Event de-duplication looks up earlier reports by participant and publication date (not only the
-- newest reports of a participant), so an article ingested far out of date order still finds the
-- reports of its event. One row per (participant, report), and per (place, report) for attacks,
-- killings and strikes; dated articles only. Written by the Store (EventDeduplicator.swift); rows
-- of a deleted event are harmless (lookups join events) and not kept in step by a trigger.
-- SELECT event_id FROM event_lookup WHERE entity_id = 7 AND published BETWEEN '2024-03-01' AND '2024-03-15';
CREATE TABLE event_lookup (
    entity_id INTEGER NOT NULL,                   -- a participant, or the place of a violent event
    published TEXT NOT NULL,                      -- the report's article's publication date
    event_id  INTEGER NOT NULL,                   -- the report (events.id)
    PRIMARY KEY (entity_id, published, event_id)
) STRICT, WITHOUT ROWID;

INSERT OR IGNORE INTO event_lookup (entity_id, published, event_id)
SELECT p.entity_id, a.published, p.event_id
FROM event_participants p JOIN events e ON e.id = p.event_id JOIN articles a ON a.id = e.article_id
WHERE a.published IS NOT NULL;
INSERT OR IGNORE INTO event_lookup (entity_id, published, event_id)
SELECT e.location_id, a.published, e.id
FROM events e JOIN articles a ON a.id = e.article_id
WHERE a.published IS NOT NULL AND e.location_id IS NOT NULL AND e.type IN ('attack', 'kill', 'strike');
