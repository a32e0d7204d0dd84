// URLs in free text (see url_scanner.cc).
#ifndef REAM_CITE_URL_SCANNER_HH
#define REAM_CITE_URL_SCANNER_HH

#include <string_view>
#include <vector>

#include "reference.hh"

namespace ream::cite {

// Which URLs written without a scheme are links:
//   none  only http://, https:// and ftp:// URLs
//   www   also "www.example.org/..."
//   gtld  also bare domains whose top-level domain is a generic one
//         (com, org, net, edu, gov, io, ...) and dotted quads with a
//         port or a path ("192.168.1.1/abc")
enum class Schemeless { none, www, gtld };

std::vector<Reference> scan_urls(std::string_view text, Schemeless policy = Schemeless::gtld);

// True when `host` ("example.org", "10.0.0.1", "[::1]", "localhost"),
// without user info or port, is a well-formed host name.
bool valid_host(std::string_view host);

}  // namespace ream::cite

#endif  // REAM_CITE_URL_SCANNER_HH
