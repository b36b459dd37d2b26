#include "httpclient.h"

namespace Mist {

// Out of line, so the vtable has one home.
HttpClient::~HttpClient() = default;

} // namespace Mist
