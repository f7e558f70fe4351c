import SQLite
import EventModel
// Placeholder: migrations and document writes land with issues 2 and 3.
public enum StorePlaceholder {}
