// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The course materials of the "Learn e-governance" section: the PDF files in a folder the
// librarian fills (the old "Basics of E-Governance" course, handouts of the trainings). Anything
// that is not a readable PDF is left out with one log line; a PDF that is listed but then fails
// to open in the viewer is reported back here and logged the same way.
//
// Qt Core only; the QML module exposes the kiosk's instance as the Materials singleton.
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <vector>

namespace Mist {

class MaterialsLibrary : public QObject
{
    Q_OBJECT
    // The folder, for the empty-state message to the librarian.
    Q_PROPERTY(QString folder READ folder CONSTANT)

public:
    // Larger files are refused: opening one could stall an old library PC.
    static constexpr qint64 maxFileBytes = 100LL * 1024 * 1024;
    static constexpr int maxFiles = 200;

    struct Material
    {
        QString title; // from the file name: "Основи_е-урядування.pdf" -> "Основи е-урядування"
        QString fileName;
        QUrl url; // file: URL
        qint64 bytes = 0;
    };

    explicit MaterialsLibrary(const QString &folder, QObject *parent = nullptr);

    [[nodiscard]] QString folder() const { return m_folder; }

    // Reads the folder now: readable PDF files (by their "%PDF-" signature, not only the name),
    // by title. Subfolders are not read.
    [[nodiscard]] std::vector<Material> materials() const;
    // The same for QML: [{title, fileName, url, bytes}].
    [[nodiscard]] Q_INVOKABLE QVariantList scan() const;

    // The viewer could not open fileName; reason is the PDF library's one-line error. Logged
    // with the file's name only (never its folder or contents).
    Q_INVOKABLE void reportOpenFailure(const QString &fileName, const QString &reason) const;

    // "Основи_е-урядування.pdf" -> "Основи е-урядування".
    [[nodiscard]] static QString titleFromFileName(const QString &fileName);

private:
    QString m_folder;
};

} // namespace Mist
