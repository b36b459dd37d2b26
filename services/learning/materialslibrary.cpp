// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "materialslibrary.h"

#include "core/logging.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

MaterialsLibrary::MaterialsLibrary(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{ }

QString MaterialsLibrary::titleFromFileName(const QString &fileName)
{
    QString title = QFileInfo(fileName).completeBaseName();
    title.replace(u'_', u' ');
    return title.simplified();
}

std::vector<MaterialsLibrary::Material> MaterialsLibrary::materials() const
{
    std::vector<Material> result;
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return result;
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        {u"*.pdf"_s, u"*.PDF"_s, u"*.Pdf"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        if (int(result.size()) >= maxFiles) {
            qCWarning(lcLearning) << "more than" << maxFiles
                                  << "course materials in the folder; the rest are not shown";
            break;
        }
        const QString name = info.fileName();
        if (info.size() > maxFileBytes) {
            qCWarning(lcLearning).noquote() << "course material" << name << "is larger than"
                                            << maxFileBytes / (1024 * 1024) << "MiB; not shown";
            continue;
        }
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly) || !file.read(1024).contains("%PDF-")) {
            qCWarning(lcLearning).noquote()
                << "course material" << name << "is not a PDF file; not shown";
            continue;
        }
        result.push_back({titleFromFileName(name), name,
            QUrl::fromLocalFile(info.absoluteFilePath()), info.size()});
    }
    QCollator collator(QLocale(QLocale::Ukrainian, QLocale::Ukraine));
    collator.setNumericMode(true);
    std::stable_sort(result.begin(), result.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.title, b.title) < 0;
    });
    return result;
}

QVariantList MaterialsLibrary::scan() const
{
    QVariantList list;
    for (const Material &material : materials()) {
        list << QVariantMap {
            {u"title"_s, material.title},
            {u"fileName"_s, material.fileName},
            {u"url"_s, material.url},
            {u"bytes"_s, material.bytes},
        };
    }
    return list;
}

void MaterialsLibrary::reportOpenFailure(const QString &fileName, const QString &reason) const
{
    qCWarning(lcLearning).noquote()
        << "course material" << QFileInfo(fileName).fileName()
        << "could not be opened:" << (reason.isEmpty() ? u"unknown error"_s : reason.left(200));
}

} // namespace Mist
