// Citation graph writers: DOT, GraphML, JSON and CSV.
//
// Nodes are records (id and title); there is at most one edge per ordered
// pair of records, carrying every kind of reference that connects them
// ("arxiv", "record", ...), because a paper citing another by both its
// DOI and its title is one citation, not two.  Edges are written in
// (source, target) order of first appearance of the nodes, so the same
// stream always gives the same file.
//
// Each format escapes what its syntax needs: DOT quotes ids and labels
// (backslash and double quote escaped, so `dot -Tsvg` accepts any title),
// GraphML is XML with declared keys, CSV follows RFC 4180 and is an edge
// list (source, target, kinds, and both titles), JSON is built with
// Boost.JSON.
#include "citation_graph.hh"

#include <boost/json.hpp>

#include <algorithm>

namespace ream::cite {
namespace {

std::string dot_quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string xml_escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        // Control characters other than tab/newline are not allowed in XML 1.0.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
          out += ' ';
        else
          out += c;
    }
  }
  return out;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

void CitationGraph::add_node(const std::string& id, const std::string& title) {
  if (node_index_.try_emplace(id, nodes_.size()).second) nodes_.push_back({id, title});
}

void CitationGraph::add_edge(const std::string& from, const std::string& to, Kind kind) {
  auto& k = edges_[{node_index_.at(from), node_index_.at(to)}];
  if (std::find(k.begin(), k.end(), kind) == k.end()) k.push_back(kind);
}

std::string CitationGraph::kinds(const std::vector<Kind>& k, std::string_view separator) const {
  std::vector<std::string_view> names;
  for (Kind kind : k) names.push_back(kind_name(kind));
  std::sort(names.begin(), names.end());
  std::string out;
  for (auto n : names) out += (out.empty() ? "" : std::string(separator)) + std::string(n);
  return out;
}

void CitationGraph::write_dot(std::ostream& out) const {
  out << "digraph citations {\n  node [shape=box];\n";
  for (const Node& n : nodes_) out << "  " << dot_quoted(n.id) << " [label=" << dot_quoted(n.title) << "];\n";
  for (const auto& [ends, k] : edges_)
    out << "  " << dot_quoted(nodes_[ends.first].id) << " -> " << dot_quoted(nodes_[ends.second].id)
        << " [label=" << dot_quoted(kinds(k, ",")) << "];\n";
  out << "}\n";
}

void CitationGraph::write_graphml(std::ostream& out) const {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
         "  <key id=\"title\" for=\"node\" attr.name=\"title\" attr.type=\"string\"/>\n"
         "  <key id=\"kinds\" for=\"edge\" attr.name=\"kinds\" attr.type=\"string\"/>\n"
         "  <graph id=\"citations\" edgedefault=\"directed\">\n";
  for (const Node& n : nodes_)
    out << "    <node id=\"" << xml_escaped(n.id) << "\"><data key=\"title\">" << xml_escaped(n.title)
        << "</data></node>\n";
  for (const auto& [ends, k] : edges_)
    out << "    <edge source=\"" << xml_escaped(nodes_[ends.first].id) << "\" target=\""
        << xml_escaped(nodes_[ends.second].id) << "\"><data key=\"kinds\">" << kinds(k, " ") << "</data></edge>\n";
  out << "  </graph>\n</graphml>\n";
}

void CitationGraph::write_json(std::ostream& out) const {
  boost::json::array nodes, edges;
  for (const Node& n : nodes_) nodes.push_back(boost::json::object{{"id", n.id}, {"title", n.title}});
  for (const auto& [ends, k] : edges_) {
    boost::json::array names;
    for (Kind kind : k) names.push_back(boost::json::string(kind_name(kind)));
    std::sort(names.begin(), names.end(),
              [](const boost::json::value& a, const boost::json::value& b) { return a.as_string() < b.as_string(); });
    edges.push_back(boost::json::object{
        {"source", nodes_[ends.first].id}, {"target", nodes_[ends.second].id}, {"kinds", std::move(names)}});
  }
  out << boost::json::serialize(boost::json::object{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}}) << "\n";
}

void CitationGraph::write_csv(std::ostream& out) const {
  out << "source,target,kinds,source_title,target_title\n";
  for (const auto& [ends, k] : edges_) {
    const Node& from = nodes_[ends.first];
    const Node& to = nodes_[ends.second];
    out << csv_field(from.id) << ',' << csv_field(to.id) << ',' << csv_field(kinds(k, ";")) << ','
        << csv_field(from.title) << ',' << csv_field(to.title) << "\n";
  }
}

void CitationGraph::write(std::ostream& out, GraphFormat format) const {
  switch (format) {
    case GraphFormat::dot:
      write_dot(out);
      break;
    case GraphFormat::graphml:
      write_graphml(out);
      break;
    case GraphFormat::json:
      write_json(out);
      break;
    case GraphFormat::csv:
      write_csv(out);
      break;
  }
}

}  // namespace ream::cite
