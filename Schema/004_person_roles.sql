-- eventkb schema, version 4 (the kb branch; becomes 005 if a 004 for query indexes lands first).
-- Telling namesakes apart: the titles and roles each person was given (`Foreign Minister X`,
-- `striker X`), so a later article's `Smith` joins the right one or none (see EntityResolver).

CREATE TABLE entity_roles (
    -- One row per (person, title): the first article that gave the title.
    entity_id  INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,                     -- the title as written, lower case: 'foreign minister'
    field      TEXT NOT NULL,                     -- public, religion, sport, business, entertainment, media, law, academia
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, role)
) STRICT, WITHOUT ROWID;

CREATE INDEX entity_roles_article ON entity_roles (article_id);
