#include "testsupport.h"

using namespace Qt::StringLiterals;

namespace MistTest {

QString dataFile(const QString &relativePath)
{
    return QStringLiteral(MIST_TEST_DATA_DIR) + u'/' + relativePath;
}

} // namespace MistTest
