-- eventkb schema, version 1.
-- Offsets (start, end) count Unicode scalars from the start of articles.text, half-open:
-- substr(articles.text, start + 1, end - start) is the span. Dates are ISO 8601 text.

CREATE TABLE articles (
    -- One row per ingested article, kept exactly as read so every offset below can be checked.
    id                INTEGER PRIMARY KEY,
    source            TEXT NOT NULL,              -- file path, '-' (stdin) or 'file.jsonl:LINE'
    external_id       TEXT,                       -- the JSON Lines "id", if any
    url               TEXT,
    title             TEXT,
    published         TEXT,                       -- publication date: 'YYYY-MM-DD', 'YYYY-MM' or NULL
    content_hash      TEXT NOT NULL UNIQUE,       -- SHA-256 of the text as read: re-ingest is a no-op
    text              TEXT NOT NULL,              -- the article exactly as read, date header included
    extractor_version TEXT NOT NULL,              -- extraction that produced the rows below
    ingested_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE INDEX articles_published ON articles (published);

CREATE TABLE sentences (
    -- The sentences of each article; text = substr(articles.text, start + 1, end - start).
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,                  -- 0-based position in the article
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end >= start),
    text       TEXT NOT NULL,                     -- substr of the article text, kept for search and views
    UNIQUE (article_id, idx)
) STRICT;

-- Full-text index over sentences (external content: the text lives in sentences).
-- https://www.sqlite.org/fts5.html#external_content_tables
-- Query: SELECT * FROM sentences_fts WHERE sentences_fts MATCH 'qaani';
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    -- Full-text index over sentences.text; kept in step by the sentences_fts_* triggers.
    text,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
    INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE entities (
    -- People, organisations and places, resolved across articles (one row per real-world thing,
    -- as far as names allow). Every form seen in an article is in entity_aliases.
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,                   -- canonical (fullest) name
    type         TEXT NOT NULL CHECK (type IN ('person', 'organization', 'location')),
    subtype      TEXT,                            -- country, city, facility, government, armed_group, media, group...
    country_code TEXT CHECK (country_code IS NULL OR length(country_code) = 2),
                                                  -- ISO 3166 alpha-2 for countries: 'US' joins 'United States'
    name_key     TEXT NOT NULL,                   -- folded name: lower case, no accents (see NameKey)
    UNIQUE (name_key, type)
) STRICT;

CREATE INDEX entities_country ON entities (country_code) WHERE country_code IS NOT NULL;
CREATE INDEX entities_type ON entities (type, subtype);

CREATE TABLE entity_aliases (
    -- Every name form of an entity, folded for lookups: name filters match any alias.
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,                      -- a form used in some article ('Qaani', 'US')
    alias_key TEXT NOT NULL,                      -- folded alias, what name filters compare
    reason    TEXT,                               -- why it belongs to the entity ('surname', 'acronym', ...)
    PRIMARY KEY (entity_id, alias_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX entity_aliases_key ON entity_aliases (alias_key, entity_id);

CREATE TABLE mentions (
    -- Each place an article names an entity: text = substr(articles.text, start + 1, end - start).
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id),
    start       INTEGER NOT NULL CHECK (start >= 0),
    end         INTEGER NOT NULL CHECK (end >= start),
    text        TEXT NOT NULL                     -- the surface form as written
) STRICT;

CREATE INDEX mentions_entity ON mentions (entity_id, article_id);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_sentence ON mentions (sentence_id);

CREATE TABLE events (
    -- Things that happened (or were planned, warned of, denied), with CAMEO codes; who took part
    -- is in event_participants.
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_id   INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    type          TEXT NOT NULL,                  -- meet, visit, host, negotiate, attack, kill, ... (README)
    cameo         TEXT NOT NULL,                  -- CAMEO code, e.g. '040'
    modality      TEXT NOT NULL CHECK (modality IN ('asserted', 'planned', 'hypothetical', 'negated')),
    trigger       TEXT NOT NULL,                  -- trigger words as written
    trigger_start INTEGER NOT NULL CHECK (trigger_start >= 0),
    trigger_end   INTEGER NOT NULL CHECK (trigger_end >= trigger_start),
    location_id   INTEGER REFERENCES entities (id),
    time_value    TEXT,                           -- TIMEX3-like value: '2024-01', '2024-02-18', '2020'
    time_mod      TEXT,                           -- START, MID, END, APPROX, BEFORE, AFTER
    time_text     TEXT,                           -- the words that gave the time
    time_start    TEXT,                           -- first day the time covers, 'YYYY-MM-DD'
    time_end      TEXT,                           -- last day the time covers, 'YYYY-MM-DD'
    confidence    REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1)
) STRICT;

CREATE INDEX events_type_time ON events (type, time_start);
CREATE INDEX events_time ON events (time_start, time_end);
CREATE INDEX events_location ON events (location_id);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_sentence ON events (sentence_id);

CREATE TABLE event_participants (
    -- Who took part in an event, and as what.
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    role      TEXT NOT NULL CHECK (role IN ('agent', 'patient', 'participant')),
    PRIMARY KEY (event_id, entity_id, role)
) STRICT, WITHOUT ROWID;

CREATE INDEX event_participants_entity ON event_participants (entity_id, event_id);

CREATE TABLE relations (
    -- subject predicate object, as one sentence states it ('Esmail Qaani' leader_of 'Quds Force').
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    subject_id  INTEGER NOT NULL REFERENCES entities (id),
    predicate   TEXT NOT NULL,                    -- leader_of, member_of, part_of, advisor_to, ...
    object_id   INTEGER NOT NULL REFERENCES entities (id),
    start       INTEGER NOT NULL CHECK (start >= 0),  -- the words stating the relation
    end         INTEGER NOT NULL CHECK (end >= start),
    confidence  REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1)
) STRICT;

CREATE INDEX relations_subject ON relations (subject_id, predicate);
CREATE INDEX relations_object ON relations (object_id, predicate);
CREATE INDEX relations_article ON relations (article_id);
CREATE INDEX relations_predicate ON relations (predicate);

CREATE VIEW meetings AS
-- Who met whom, where, when: one row per pair of parties of a meet/visit/host/negotiate event;
-- a one-party visit has whom NULL. Every modality is listed: filter on modality
-- (eventkb meetings shows asserted and planned ones).
SELECT e.id                 AS event_id,
       e.type               AS type,
       a.name               AS who,
       b.name               AS whom,
       l.name               AS place,
       e.time_value || COALESCE(' ' || e.time_mod, '') AS date,   -- '2024-01 END'; NULL when unknown
       e.time_start         AS date_start,
       e.time_end           AS date_end,
       e.modality           AS modality,
       e.article_id         AS article_id,
       s.text               AS sentence
FROM events e
JOIN sentences s ON s.id = e.sentence_id
JOIN event_participants pa ON pa.event_id = e.id
JOIN entities a ON a.id = pa.entity_id
LEFT JOIN event_participants pb
       ON pb.event_id = e.id
      AND (pb.role > pa.role OR (pb.role = pa.role AND pb.entity_id > pa.entity_id))
LEFT JOIN entities b ON b.id = pb.entity_id
LEFT JOIN entities l ON l.id = e.location_id
WHERE e.type IN ('meet', 'visit', 'host', 'negotiate')
  AND (pb.entity_id IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM event_participants o WHERE o.event_id = e.id AND o.entity_id <> pa.entity_id));

CREATE VIEW event_facts AS
-- One row per event: participants flattened as 'role:name; role:name', place, date, source sentence.
SELECT e.id          AS event_id,
       e.type        AS type,
       e.cameo       AS cameo,
       e.modality    AS modality,
       e.trigger     AS trigger,
       (SELECT group_concat(p.role || ':' || n.name, '; ')
          FROM event_participants p JOIN entities n ON n.id = p.entity_id
         WHERE p.event_id = e.id)                                  AS participants,
       (SELECT group_concat(n.name, '; ')
          FROM event_participants p JOIN entities n ON n.id = p.entity_id
         WHERE p.event_id = e.id AND p.role = 'agent')             AS agents,
       l.name        AS place,
       e.time_value  AS date,
       e.time_mod    AS date_mod,
       e.time_start  AS date_start,
       e.time_end    AS date_end,
       a.id          AS article_id,
       a.source      AS source,
       a.published   AS published,
       s.text        AS sentence,
       e.confidence  AS confidence
FROM events e
JOIN articles a ON a.id = e.article_id
JOIN sentences s ON s.id = e.sentence_id
LEFT JOIN entities l ON l.id = e.location_id;
