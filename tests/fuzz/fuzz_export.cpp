// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// libFuzzer harness: the usage exporters' escaping (UsageExporter::appendCsvField and
// appendJsonString), by its round trip: what is exported parses back to the same fields. The
// input is up to four fields (kiosk id, session id, event, subject) split at NUL bytes; the log
// holds text that came from QString, so each field is made valid UTF-8 first.
#include "fuzzsupport.h"
#include "usage/usageexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

// RFC 4180, as a spreadsheet reads one CSV line: fields split at commas outside quotes, a quoted
// field's doubled quotes one quote. nullopt when the line is not well formed.
std::optional<QList<QByteArray>> parseCsvLine(const QByteArray &line)
{
    QList<QByteArray> fields;
    QByteArray field;
    qsizetype i = 0;
    while (true) {
        field.clear();
        if (i < line.size() && line.at(i) == '"') {
            ++i;
            while (true) {
                if (i >= line.size())
                    return std::nullopt; // an open quote
                if (line.at(i) == '"') {
                    if (i + 1 < line.size() && line.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(line.at(i++));
            }
            if (i < line.size() && line.at(i) != ',')
                return std::nullopt; // text after a closing quote
        } else {
            while (i < line.size() && line.at(i) != ',') {
                const char c = line.at(i);
                if (c == '"' || c == '\r' || c == '\n')
                    return std::nullopt; // must have been quoted
                field.append(c);
                ++i;
            }
        }
        fields.append(field);
        if (i >= line.size())
            return fields;
        ++i; // the comma
    }
}

// What a CSV field must read back as: the text, or '-prefixed when it starts like a formula.
QByteArray expectedCsv(const QByteArray &field)
{
    if (!field.isEmpty() && QByteArrayView("=+-@").contains(field.front()))
        return '\'' + field;
    return field;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    MistFuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<QByteArray> fields;
    for (const QByteArray &raw : MistFuzz::bytes(data, size).split('\0').mid(0, 4))
        fields.append(QString::fromUtf8(raw).toUtf8());

    QByteArray csv;
    QByteArray json = "[";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            csv.append(',');
            json.append(',');
        }
        Mist::UsageExporter::appendCsvField(csv, fields.at(i));
        Mist::UsageExporter::appendJsonString(json, fields.at(i));
    }
    json.append(']');

    const std::optional<QList<QByteArray>> back = parseCsvLine(csv);
    if (!back || back->size() != fields.size())
        __builtin_trap();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (back->at(i) != expectedCsv(fields.at(i)))
            __builtin_trap();
    }

    // NDJSON: one line per event, so no raw line break may survive the escaping.
    if (json.contains('\n') || json.contains('\r'))
        __builtin_trap();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        __builtin_trap();
    const QJsonArray array = document.array();
    if (array.size() != fields.size())
        __builtin_trap();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (array.at(i).toString() != QString::fromUtf8(fields.at(i)))
            __builtin_trap();
    }
    return 0;
}
