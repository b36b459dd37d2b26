// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The two ways a citizen can scan a page, in words they understand: "text" (a letter, a form, a
// passport page: 200 dpi grey, small files) and "photo" (300 dpi colour).
#pragma once

#include <QString>

namespace Mist {

enum class ScanPreset { Text, Photo };

struct ScanSettings
{
    bool colour = false;
    int dpi = 200;

    [[nodiscard]] static ScanSettings forPreset(ScanPreset preset)
    {
        return preset == ScanPreset::Photo ? ScanSettings {true, 300} : ScanSettings {false, 200};
    }
};

} // namespace Mist
