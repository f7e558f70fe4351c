import SQLite
import EventModel
// Placeholder: canned questions land with issue 4.
public enum QueryPlaceholder {}
