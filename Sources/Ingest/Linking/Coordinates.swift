import EventModel

/// Gives each place entity of a document its gazetteer coordinates (GeoNames, see
/// Lexicons/README.md), so the Store can keep them and `export --format geojson` can map events
/// without Query knowing the gazetteer. A final pipeline step: run it on the extractor's output.
///
/// A country (by its ISO code, else its name) takes the country's reference point; a city or
/// region takes the most populous place of that name, preferring one in the entity's country.
/// Facilities and unknown names get none: a guess would put a pin in the wrong place.
public enum Coordinates {
    public static func fill(_ document: inout Document, gazetteer: Gazetteer = .shared) {
        for i in document.entities.indices where document.entities[i].type == .location {
            let entity = document.entities[i]
            guard entity.latitude == nil, let point = locate(entity, gazetteer) else { continue }
            document.entities[i].latitude = point.latitude
            document.entities[i].longitude = point.longitude
        }
    }

    static func locate(_ entity: Entity, _ gazetteer: Gazetteer) -> (latitude: Double, longitude: Double)? {
        if entity.subtype == "country" || entity.subtype == "government" || entity.countryCode != nil {
            if let country = entity.countryCode.flatMap({ gazetteer.country(code: $0.uppercased()) })
                ?? gazetteer.country(named: entity.name) {
                return (country.latitude, country.longitude)
            }
        }
        guard entity.subtype != "facility" else { return nil }
        for name in [entity.name] + entity.aliases {
            let places = gazetteer.places(named: name)
            if let code = entity.countryCode, let inCountry = places.first(where: { $0.countryCode == code }) {
                return (inCountry.latitude, inCountry.longitude)
            }
            if let first = places.first { return (first.latitude, first.longitude) }
        }
        return nil
    }
}
