// Small helpers for the tests.
#pragma once

#include <QString>

namespace MistTest {

// The full path of a fixture under tests/data.
QString dataFile(const QString &relativePath);

} // namespace MistTest
