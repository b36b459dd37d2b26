// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Shared by the libFuzzer harnesses: the parsers log every refusal, which would drown the
// fuzzer's own output and slow it down, so messages are dropped.
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>

namespace MistFuzz {

inline void quietMessages(QtMsgType, const QMessageLogContext &, const QString &) { }

inline void initialize()
{
    qInstallMessageHandler(quietMessages);
}

// The input as a QByteArray without copying (the parsers take const QByteArray &).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace MistFuzz
