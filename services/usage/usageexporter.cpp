// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usageexporter.h"

#include "usagetimerange.h"

using namespace Qt::StringLiterals;

namespace Mist {

std::optional<UsageExporter::Format> UsageExporter::formatFromName(QStringView name)
{
    if (name == u"csv")
        return Format::Csv;
    if (name == u"ndjson")
        return Format::Ndjson;
    return std::nullopt;
}

QByteArray UsageExporter::mimeType(Format format)
{
    return format == Format::Csv ? "text/csv; charset=utf-8"_ba : "application/x-ndjson"_ba;
}

UsageExporter::UsageExporter(UsageStore::Cursor cursor, Format format, bool bom)
    : m_cursor(std::move(cursor))
    , m_format(format)
    , m_bom(bom)
{ }

bool UsageExporter::nextChunk(QByteArray *out, int maxRows)
{
    if (!m_headerWritten) {
        m_headerWritten = true;
        if (m_bom)
            out->append("\xEF\xBB\xBF");
        if (m_format == Format::Csv)
            out->append("time_utc,time_ms,kiosk_id,session_id,event,subject,value,synthetic\r\n");
    }
    if (m_done)
        return false;
    UsageStore::RawRow row;
    for (int i = 0; i < maxRows; ++i) {
        if (!m_cursor.nextRaw(&row)) {
            m_done = true;
            return false;
        }
        appendRow(*out, row);
        ++m_rows;
    }
    return true;
}

bool UsageExporter::writeAll(QIODevice *device, QString *errorString)
{
    QByteArray chunk;
    bool more = true;
    while (more) {
        chunk.clear();
        more = nextChunk(&chunk, 4096);
        if (!chunk.isEmpty() && device->write(chunk) != chunk.size()) {
            *errorString = device->errorString();
            return false;
        }
    }
    if (!error().isEmpty()) {
        *errorString = error();
        return false;
    }
    return true;
}

void UsageExporter::appendCsvField(QByteArray &out, QByteArrayView utf8)
{
    // RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A leading
    // =, +, - or @ is neutralised too, so a spreadsheet never runs a subject as a formula.
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    const bool formula = !utf8.isEmpty()
        && (utf8.front() == '=' || utf8.front() == '+' || utf8.front() == '-'
            || utf8.front() == '@');
    if (!quote && !formula) {
        out.append(utf8);
        return;
    }
    out.append('"');
    if (formula)
        out.append('\'');
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void UsageExporter::appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20) {
            out.append("\\u00");
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xF]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void UsageExporter::appendRow(QByteArray &out, const UsageStore::RawRow &row) const
{
    if (m_format == Format::Csv) {
        appendUtcTime(out, row.timeMs);
        out.append(',');
        out.append(QByteArray::number(row.timeMs));
        out.append(',');
        appendCsvField(out, row.kioskId);
        out.append(',');
        appendCsvField(out, row.sessionId);
        out.append(',');
        appendCsvField(out, row.type);
        out.append(',');
        appendCsvField(out, row.subject);
        out.append(',');
        if (row.value)
            out.append(QByteArray::number(*row.value));
        out.append(row.synthetic ? ",1\r\n" : ",0\r\n");
        return;
    }
    out.append("{\"time_utc\":\"");
    appendUtcTime(out, row.timeMs);
    out.append("\",\"time_ms\":");
    out.append(QByteArray::number(row.timeMs));
    out.append(",\"kiosk_id\":");
    appendJsonString(out, row.kioskId);
    out.append(",\"session_id\":");
    appendJsonString(out, row.sessionId);
    out.append(",\"event\":");
    appendJsonString(out, row.type);
    out.append(",\"subject\":");
    appendJsonString(out, row.subject);
    out.append(",\"value\":");
    out.append(row.value ? QByteArray::number(*row.value) : "null"_ba);
    out.append(row.synthetic ? ",\"synthetic\":true}\n" : ",\"synthetic\":false}\n");
}

} // namespace Mist
