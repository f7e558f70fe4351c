import Query

/// `export --format geojson`: a GeoJSON FeatureCollection (RFC 7946,
/// <https://www.rfc-editor.org/rfc/rfc7946>) with one Point per real event whose place has
/// gazetteer coordinates (`[longitude, latitude]`, WGS 84). Properties: the event's id, type,
/// CAMEO code, modality, date, place, participants, reports and articles.
enum GeoJSONExport {
    static func render(_ events: [EventRecord], facts: [Int64: EntityFacts]) -> String {
        var features: [JSON] = []
        for e in events {
            guard let place = e.location, let fact = facts[place.id],
                  let lat = fact.latitude, let lon = fact.longitude else { continue }
            features.append(.object([
                ("type", .string("Feature")),
                ("geometry", .object([("type", .string("Point")), ("coordinates", .array([.double(lon), .double(lat)]))])),
                ("properties", .object([
                    ("id", .int(Int(e.id))), ("type", .string(e.type)), ("cameo", .string(e.cameo)),
                    ("modality", .string(e.modality)),
                    ("date", .string(e.date.map { EventRow.dateLabel($0) })),
                    ("date_start", .string(e.date?.start.description)), ("date_end", .string(e.date?.end.description)),
                    ("place", .string(place.name)), ("place_id", .int(Int(place.id))),
                    ("country_code", .string(fact.countryCode)),
                    ("participants", .array(e.participants.map { .string($0.entity.name) })),
                    ("mentions", .int(e.report?.mentions ?? 1)), ("articles", .int(e.report?.articles ?? 1)),
                    ("first_reported", .string(e.report?.firstReported ?? e.article.date)),
                    ("sentence", .string(e.evidence.sentence)),
                ])),
            ]))
        }
        return JSON.object([("type", .string("FeatureCollection")), ("features", .array(features))]).serialized + "\n"
    }
}
