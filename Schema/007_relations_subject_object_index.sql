-- eventkb schema, version 7.
-- Event de-duplication asks, for two places, whether one lies in the other
-- (`subject_id = ? AND predicate = 'located_in' AND object_id = ?`), and person resolution whether
-- a stored person is tied to given countries or organisations (`object_id IN (...)`). With only
-- (subject_id, predicate) in the index each question walked every such relation of the subject,
-- and every article stating `London` repeats `London located_in United Kingdom`: at 20 rounds of
-- the benchmark corpus a question cost a scan of thousands of rows, growing with the database.
-- With object_id in the index it is one probe. Same name, same leading columns: every plan that
-- used it still does. <https://www.sqlite.org/queryplanner.html#searching>
DROP INDEX relations_subject;
CREATE INDEX relations_subject ON relations (subject_id, predicate, object_id);
