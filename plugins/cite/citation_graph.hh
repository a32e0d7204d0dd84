// The citation graph of a stream and its writers (see citation_graph.cc).
#ifndef REAM_CITE_CITATION_GRAPH_HH
#define REAM_CITE_CITATION_GRAPH_HH

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "reference.hh"

namespace ream::cite {

enum class GraphFormat { dot, graphml, json, csv };

class CitationGraph {
 public:
  // Adds a node once; later calls with the same id are ignored.
  void add_node(const std::string& id, const std::string& title);
  // Adds `kind` to the edge from -> to (nodes must exist).
  void add_edge(const std::string& from, const std::string& to, Kind kind);
  void write(std::ostream& out, GraphFormat format) const;

 private:
  struct Node {
    std::string id, title;
  };
  void write_dot(std::ostream& out) const;
  void write_graphml(std::ostream& out) const;
  void write_json(std::ostream& out) const;
  void write_csv(std::ostream& out) const;
  std::string kinds(const std::vector<Kind>& k, std::string_view separator) const;

  std::vector<Node> nodes_;
  std::unordered_map<std::string, size_t> node_index_;
  std::map<std::pair<size_t, size_t>, std::vector<Kind>> edges_;  // ordered: stable output
};

}  // namespace ream::cite

#endif  // REAM_CITE_CITATION_GRAPH_HH
