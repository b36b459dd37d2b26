// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "chromiumflags.h"

using namespace Qt::StringLiterals;

namespace Mist::ChromiumFlags {

QStringList kioskFlags()
{
    return {
        u"--disable-logging"_s,
        u"--log-level=3"_s,
        u"--force-webrtc-ip-handling-policy=disable_non_proxied_udp"_s,
        // No zygote for unsandboxed children: Qt WebEngine runs the GPU and network services in
        // the kiosk's own process, so that zygote only sits idle. Renderers still fork from the
        // sandboxed zygote; anything else unsandboxed is started directly. Measured with
        // bench_browser on the portal-sized page, with no other Qt WebEngine program running:
        // 8 MiB less PSS (269 -> 261 MiB) and 49 MiB less RSS (414 -> 364) for the whole tree
        // (issue 19).
        u"--no-unsandboxed-zygote"_s,
    };
}

QStringList split(const QString &flags)
{
    QStringList result;
    QString current;
    bool quoted = false;
    bool inArgument = false;
    for (const QChar c : flags) {
        if (c == u'"') {
            quoted = !quoted;
            inArgument = true;
        } else if (c == u' ' && !quoted) {
            if (inArgument)
                result << current;
            current.clear();
            inArgument = false;
        } else {
            current += c;
            inArgument = true;
        }
    }
    if (inArgument)
        result << current;
    return result;
}

QString join(const QStringList &flags)
{
    QStringList quoted;
    for (const QString &flag : flags)
        quoted << (flag.contains(u' ') ? u'"' + flag + u'"' : flag);
    return quoted.join(u' ');
}

Filtered filterEnvironment(const QStringList &flags)
{
    // Workarounds a library's old PC may need to draw pages at all; none of them changes what a
    // page can reach, see or keep.
    static const QStringList allowed {
        u"--disable-gpu"_s,
        u"--disable-gpu-compositing"_s,
        u"--disable-gpu-rasterization"_s,
        u"--enable-gpu-rasterization"_s,
        u"--disable-software-rasterizer"_s,
        u"--ignore-gpu-blocklist"_s,
        u"--use-gl"_s,
        u"--use-angle"_s,
        u"--num-raster-threads"_s,
        u"--disable-smooth-scrolling"_s,
        u"--force-device-scale-factor"_s,
        u"--enable-zero-copy"_s,
        u"--disable-zero-copy"_s,
    };
    Filtered result;
    for (const QString &flag : flags) {
        const QString name = flag.section(u'=', 0, 0);
        if (allowed.contains(name))
            result.kept << flag;
        else
            result.refused << name;
    }
    return result;
}

} // namespace Mist::ChromiumFlags
