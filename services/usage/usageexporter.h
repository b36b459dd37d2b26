// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Turns the usage log into CSV (RFC 4180: CRLF line ends, fields quoted when they need it) or
// NDJSON (one JSON object a line), a chunk at a time, so an export of any size streams: mistctl
// writes each chunk to a file or stdout, the staff API to the socket as the client reads.
//
// Columns, in this order: time_utc, time_ms, kiosk_id, session_id, event, subject, value,
// synthetic. With a BOM (UTF-8, EF BB BF) Excel and LibreOffice open the CSV with its Cyrillic
// intact.
#pragma once

#include "usagestore.h"

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace Mist {

class UsageExporter
{
public:
    enum class Format { Csv, Ndjson };
    [[nodiscard]] static std::optional<Format> formatFromName(QStringView name);
    [[nodiscard]] static QByteArray mimeType(Format format);

    UsageExporter(UsageStore::Cursor cursor, Format format, bool bom = false);

    // Appends up to maxRows more rows (the header first, once) to out. Returns false once the
    // log is exhausted (out may still have received the last rows), or on an error().
    bool nextChunk(QByteArray *out, int maxRows);
    [[nodiscard]] bool atEnd() const { return m_done; }
    [[nodiscard]] QString error() const { return m_cursor.error(); }
    [[nodiscard]] qint64 rowCount() const { return m_rows; }

    // Everything, in chunks, to device. False on a read or write error (errorString set).
    bool writeAll(QIODevice *device, QString *errorString);

    static void appendCsvField(QByteArray &out, QByteArrayView utf8);
    static void appendJsonString(QByteArray &out, QByteArrayView utf8);

private:
    void appendRow(QByteArray &out, const UsageStore::RawRow &row) const;

    UsageStore::Cursor m_cursor;
    Format m_format;
    bool m_bom;
    bool m_headerWritten = false;
    bool m_done = false;
    qint64 m_rows = 0;
};

} // namespace Mist
