#!/usr/bin/env bash
# --graph-format graphml writes well-formed GraphML with titles and kinds.
source "$(dirname "$0")/common.sh"
"$REAM" cite --fields abstract --graph g.graphml --graph-format graphml \
  <"$REAM_SOURCE/tests/data/cite/stream.jsonl" >/dev/null
python3 - g.graphml <<'PY' || fail "graphml"
import sys, xml.etree.ElementTree as ET
ns = {'g': 'http://graphml.graphdrawing.org/xmlns'}
graph = ET.parse(sys.argv[1]).getroot().find('g:graph', ns)
nodes = [n.get('id') for n in graph.findall('g:node', ns)]
edges = [(e.get('source'), e.get('target'), e.find('g:data', ns).text) for e in graph.findall('g:edge', ns)]
assert nodes == ['arxiv:2312.03884', 'doi:10.1000/graph.42', 'p3'], nodes
assert edges == [('doi:10.1000/graph.42', 'arxiv:2312.03884', 'arxiv'),
                 ('p3', 'doi:10.1000/graph.42', 'doi record url')], edges
PY
