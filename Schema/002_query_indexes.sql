-- eventkb schema, version 2: indexes the canned questions need (Sources/Query).
-- `events --from D` alone compares time_end (an event's interval must end on or after D);
-- events_time (time_start, time_end) cannot serve that, so without this index it reads every event.
CREATE INDEX IF NOT EXISTS events_time_end ON events (time_end);

-- `relations --type P` alone.
CREATE INDEX IF NOT EXISTS relations_predicate ON relations (predicate);
