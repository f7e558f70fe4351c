-- eventkb schema, version 5.
-- `meetings --from/--to` (and `meetings` alone) walk events_type_time for each meeting type; with
-- only (type, time_start) in the index every entry cost a read of its events row to test the end
-- date, the modality and the real event. Holding those columns too, the index answers the filter
-- alone (a covering index: https://www.sqlite.org/queryplanner.html#covidx), measured 1.5-4x less
-- time for the filter at 20,000 articles. Same name, same leading columns: every plan that used it
-- still does.
DROP INDEX events_type_time;
CREATE INDEX events_type_time ON events (type, time_start, time_end, modality, cluster_id);
