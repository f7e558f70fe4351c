import Query

/// `export --format dot`: who met whom as an undirected Graphviz graph
/// (<https://graphviz.org/doc/info/lang.html>): a node per party (colour by type, label with its
/// meeting count), an edge per pair labelled and thickened by the real meetings they shared.
/// Parties that met no one else are left out. Render with `dot -Tsvg meetings.dot > meetings.svg`.
enum DOTExport {
    static func render(_ graph: MeetingGraph) -> String {
        var linked = Set<Int64>()
        for edge in graph.edges {
            linked.insert(edge.a)
            linked.insert(edge.b)
        }
        var out = """
            graph meetings {
              graph [label="Who met whom (eventkb)", labelloc=t, fontname="Helvetica", rankdir=LR, overlap=false, splines=true];
              node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, color="#555555"];
              edge [fontname="Helvetica", fontsize=9, color="#666666"];

            """
        for node in graph.nodes where linked.contains(node.entity.id) {
            let label = node.entity.name + (node.meetings > 1 ? " (\(node.meetings))" : "")
            out += "  n\(node.entity.id) [label=\(quoted(label)), fillcolor=\"\(color(node.entity.type))\"];\n"
        }
        for edge in graph.edges {
            let width = 1 + Double(min(edge.meetings, 8) - 1) * 0.75
            out += "  n\(edge.a) -- n\(edge.b) [label=\"\(edge.meetings)\", penwidth=\(width), weight=\(edge.meetings)];\n"
        }
        return out + "}\n"
    }

    static func color(_ type: String) -> String {
        switch type {
        case "person": "#cfe2f3"
        case "organization": "#fce5cd"
        default: "#d9ead3"
        }
    }

    /// A DOT quoted string: quotes and backslashes escaped, line breaks as spaces.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            case _ where scalar.value < 0x20: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
