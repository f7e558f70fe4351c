-- eventkb schema, version 8.
-- Name filters also find an entity by a name inside one of its aliases, as whole words (`paris`
-- finds `Paris Charles de Gaulle Airport`; an unknown `qaani` finds `esmail qaani`). That was a
-- scan of every alias with a substring test: at 102,048 articles about 16,000 aliases read from
-- disk for every `meetings --where` (always) and for every name that is no alias itself, 2-3 ms
-- of a query process. Each alias key's words are now indexed, so the scan becomes a lookup of
-- the name's first word, and only aliases holding that word are tested.
-- Triggers keep the table in step with entity_aliases, however a row gets there (the writer, or
-- a hand edit in sqlite3). `word` is one piece of `alias_key` split at single spaces: keys are
-- folded, so their spaces are single and trimmed. (A WITH clause inside a trigger's SELECT is
-- allowed: <https://www.sqlite.org/lang_with.html>; only a WITH that begins the trigger's
-- statement is not.)

CREATE TABLE alias_words (
    word      TEXT NOT NULL,                      -- one word of alias_key ('paris')
    alias_key TEXT NOT NULL,                      -- the folded alias it is part of
    entity_id INTEGER NOT NULL,                   -- its entity (the alias's row goes, its words go)
    PRIMARY KEY (word, alias_key, entity_id)
) STRICT, WITHOUT ROWID;

-- Most aliases are one word or two ('paris', 'esmail qaani'): those take plain inserts; only
-- longer ones split in a recursive query, which costs several times more per alias (measured on
-- the aliases of 500 BBC articles: 40 ms with these three triggers, 61 ms with the recursive one
-- alone; ingest of those articles takes about a second of CPU).
CREATE TRIGGER entity_aliases_words_one AFTER INSERT ON entity_aliases
WHEN instr(new.alias_key, ' ') = 0 BEGIN
    INSERT OR IGNORE INTO alias_words (word, alias_key, entity_id) VALUES (new.alias_key, new.alias_key, new.entity_id);
END;

CREATE TRIGGER entity_aliases_words_two AFTER INSERT ON entity_aliases
WHEN instr(new.alias_key, ' ') > 0 AND instr(substr(new.alias_key, instr(new.alias_key, ' ') + 1), ' ') = 0 BEGIN
    INSERT OR IGNORE INTO alias_words (word, alias_key, entity_id) VALUES
        (substr(new.alias_key, 1, instr(new.alias_key, ' ') - 1), new.alias_key, new.entity_id),
        (substr(new.alias_key, instr(new.alias_key, ' ') + 1), new.alias_key, new.entity_id);
END;

CREATE TRIGGER entity_aliases_words_more AFTER INSERT ON entity_aliases
WHEN instr(new.alias_key, ' ') > 0 AND instr(substr(new.alias_key, instr(new.alias_key, ' ') + 1), ' ') > 0 BEGIN
    INSERT OR IGNORE INTO alias_words (word, alias_key, entity_id)
    WITH RECURSIVE split(word, rest) AS (
        SELECT NULL, new.alias_key || ' '
        UNION ALL
        SELECT substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> ''
    )
    SELECT word, new.alias_key, new.entity_id FROM split WHERE word IS NOT NULL;
END;

CREATE TRIGGER entity_aliases_words_delete AFTER DELETE ON entity_aliases BEGIN
    DELETE FROM alias_words WHERE alias_key = old.alias_key AND entity_id = old.entity_id;
END;

CREATE TRIGGER entity_aliases_words_update AFTER UPDATE OF alias_key, entity_id ON entity_aliases BEGIN
    DELETE FROM alias_words WHERE alias_key = old.alias_key AND entity_id = old.entity_id;
    INSERT OR IGNORE INTO alias_words (word, alias_key, entity_id)
    WITH RECURSIVE split(word, rest) AS (
        SELECT NULL, new.alias_key || ' '
        UNION ALL
        SELECT substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> ''
    )
    SELECT word, new.alias_key, new.entity_id FROM split WHERE word IS NOT NULL;
END;

-- Aliases stored before this version.
INSERT OR IGNORE INTO alias_words (word, alias_key, entity_id)
WITH RECURSIVE split(entity_id, alias_key, word, rest) AS (
    SELECT entity_id, alias_key, NULL, alias_key || ' ' FROM entity_aliases
    UNION ALL
    SELECT entity_id, alias_key, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
    FROM split WHERE rest <> ''
)
SELECT word, alias_key, entity_id FROM split WHERE word IS NOT NULL;
