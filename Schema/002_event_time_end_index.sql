-- eventkb schema, version 2.
-- `events --from D` with no other filter compares time_end; without this index it reads every event.
CREATE INDEX events_time_end ON events (time_end);
