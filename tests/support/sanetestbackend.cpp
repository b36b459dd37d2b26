// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "sanetestbackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace MistTest {

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(contents) == contents.size();
}

} // namespace

SaneTestBackend::SaneTestBackend()
{
    m_hadPrevious = qEnvironmentVariableIsSet("SANE_CONFIG_DIR");
    m_previous = qgetenv("SANE_CONFIG_DIR");
    if (!qEnvironmentVariableIsSet("MIST_SCAN_HELPER")) {
        qputenv("MIST_SCAN_HELPER", MIST_SCAN_HELPER_BUILD_PATH);
        m_setHelper = true;
    }
    if (!m_dir.isValid())
        return;
    m_valid = configure();
    // No trailing colon: SANE then looks nowhere else (not in /etc/sane.d).
    qputenv("SANE_CONFIG_DIR", QFile::encodeName(m_dir.path()));
}

bool SaneTestBackend::configure(const QStringList &testOptions, bool enabled)
{
    // Two virtual devices; a colour pattern, so pages have content to compress like a real one.
    QByteArray test = "number_of_devices 2\ntest-picture \"Color pattern\"\n";
    for (const QString &line : testOptions)
        test += line.toUtf8() + '\n';
    return writeFile(m_dir.filePath(u"dll.conf"_s), enabled ? "test\n" : "")
        && writeFile(m_dir.filePath(u"test.conf"_s), test);
}

SaneTestBackend::~SaneTestBackend()
{
    if (m_hadPrevious)
        qputenv("SANE_CONFIG_DIR", m_previous);
    else
        qunsetenv("SANE_CONFIG_DIR");
    if (m_setHelper)
        qunsetenv("MIST_SCAN_HELPER");
}

bool SaneTestBackend::available()
{
    for (const char *dir :
        {"/usr/lib/x86_64-linux-gnu/sane", "/usr/lib/aarch64-linux-gnu/sane", "/usr/lib/sane"}) {
        if (QFileInfo::exists(QString::fromLatin1(dir) + u"/libsane-test.so.1"_s))
            return true;
    }
    return false;
}

} // namespace MistTest
