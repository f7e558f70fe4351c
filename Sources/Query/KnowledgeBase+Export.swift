import SQLite

/// What the exports need beyond the Event objects: places' coordinates and countries, who met
/// whom how often, source URLs, which events lead their article.
public struct EntityFacts: Sendable, Hashable {
    /// ISO 3166 alpha-2: the entity's own, else that of a place or body it is located in, leads,
    /// belongs to or speaks for (one step), else nil.
    public var countryCode: String?
    public var latitude: Double?
    public var longitude: Double?

    public init(countryCode: String?, latitude: Double?, longitude: Double?) {
        self.countryCode = countryCode
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// Who met whom: entities as nodes, an edge per pair weighted by the real meetings they shared.
public struct MeetingGraph: Sendable, Hashable {
    public struct Node: Sendable, Hashable {
        public var entity: EntityRef
        /// Real meetings the entity took part in.
        public var meetings: Int
        public init(entity: EntityRef, meetings: Int) {
            self.entity = entity
            self.meetings = meetings
        }
    }

    public struct Edge: Sendable, Hashable {
        /// The smaller entity id first.
        public var a: Int64
        public var b: Int64
        public var meetings: Int
        public init(a: Int64, b: Int64, meetings: Int) {
            self.a = a
            self.b = b
            self.meetings = meetings
        }
    }

    public var nodes: [Node]
    public var edges: [Edge]
}

extension KnowledgeBase {
    /// Every entity's country and coordinates, for GDELT and GeoJSON exports.
    public static let entityFactsSQL = """
        SELECT n.id,
               COALESCE(n.country_code,
                        (SELECT o.country_code FROM relations r JOIN entities o ON o.id = r.object_id
                          WHERE r.subject_id = n.id AND o.country_code IS NOT NULL
                            AND r.predicate IN ('located_in', 'leader_of', 'member_of', 'spokesperson_of', 'part_of')
                          ORDER BY r.predicate = 'located_in' DESC, r.id LIMIT 1)),
               n.latitude, n.longitude
        FROM entities n
        """

    public func entityFacts() throws -> [Int64: EntityFacts] {
        var facts: [Int64: EntityFacts] = [:]
        for (id, fact) in try rows(KnowledgeBase.entityFactsSQL, map: {
            ($0.int64(0), EntityFacts(countryCode: $0.optionalString(1), latitude: $0.optionalDouble(2),
                                      longitude: $0.optionalDouble(3)))
        }) { facts[id] = fact }
        return facts
    }

    public static let articleURLsSQL = "SELECT id, url FROM articles WHERE url IS NOT NULL"

    /// Article id → URL, for the articles that have one.
    public func articleURLs() throws -> [Int64: String] {
        var urls: [Int64: String] = [:]
        for (id, url) in try rows(KnowledgeBase.articleURLsSQL, map: { ($0.int64(0), $0.string(1)) }) { urls[id] = url }
        return urls
    }

    /// Real events whose first report stands in its article's first three sentences (GDELT's
    /// IsRootEvent: the lead of the story).
    public static let leadEventsSQL = """
        SELECT e.id FROM events e JOIN sentences s ON s.id = e.sentence_id
        WHERE e.id = e.cluster_id AND s.idx < 3
        """

    public func leadEventIDs() throws -> Set<Int64> {
        Set(try rows(KnowledgeBase.leadEventsSQL, map: { $0.int64(0) }))
    }

    /// Pairs of parties of meet/visit/host/negotiate reports of the given modalities, counted as
    /// real events (two reports of one meeting count once).
    public static let meetingPairsSQL = """
        SELECT p1.entity_id, p2.entity_id, count(DISTINCT e.cluster_id)
        FROM events e
        JOIN event_participants p1 ON p1.event_id = e.id
        JOIN event_participants p2 ON p2.event_id = e.id AND p2.entity_id > p1.entity_id
        WHERE e.type IN ('meet', 'visit', 'host', 'negotiate')
          AND e.modality IN (SELECT value FROM json_each(:modalities))
        GROUP BY p1.entity_id, p2.entity_id
        ORDER BY p1.entity_id, p2.entity_id
        """

    /// Real meetings per party, for node sizes.
    public static let meetingPartiesSQL = """
        SELECT n.id, n.name, n.type, count(DISTINCT e.cluster_id)
        FROM events e
        JOIN event_participants p ON p.event_id = e.id
        JOIN entities n ON n.id = p.entity_id
        WHERE e.type IN ('meet', 'visit', 'host', 'negotiate')
          AND e.modality IN (SELECT value FROM json_each(:modalities))
        GROUP BY n.id
        ORDER BY n.id
        """

    /// Who met whom (asserted meetings unless `modalities` says otherwise). Parties that met no
    /// one else (a one-party visit) are nodes without edges.
    public func meetingGraph(modalities: [String] = ["asserted"]) throws -> MeetingGraph {
        let bindings: [(String, SQLiteValue)] = [(":modalities", .text(EventQuery.jsonArray(modalities)))]
        let nodes = try rows(KnowledgeBase.meetingPartiesSQL, bindings) {
            MeetingGraph.Node(entity: EntityRef(id: $0.int64(0), name: $0.string(1), type: $0.string(2)), meetings: $0.int(3))
        }
        let edges = try rows(KnowledgeBase.meetingPairsSQL, bindings) {
            MeetingGraph.Edge(a: $0.int64(0), b: $0.int64(1), meetings: $0.int(2))
        }
        return MeetingGraph(nodes: nodes, edges: edges)
    }
}
