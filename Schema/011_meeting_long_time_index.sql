-- eventkb schema, version 11.
-- `meetings --from D --to E` keeps the meetings whose time overlaps the window: time_end >= D and
-- time_start <= E. The index events_type_time (Schema/005) ranges over time_start only, so it read
-- every meeting that began before E, however long ago: a week in the last month of a database
-- holding years of news read all of those years. Nearly every event's time is a day, a week or a
-- month, and such an event that ends on or after D began at most 40 days before it, so the
-- window's meetings are those that began on or after D - 40 days (a range of events_type_time)
-- plus the few longer ones ('in 2004', 'last year') that began earlier, held apart in this
-- partial index (https://www.sqlite.org/partialindex.html). At 102,048 articles it holds 15,648
-- of the 339,894 dated events, 1,776 of them among the 7,632 dated meetings.

CREATE INDEX events_type_long_time ON events (type, time_start, time_end, modality, cluster_id)
WHERE julianday(time_end) - julianday(time_start) > 40;
