// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usageevent.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

struct TypeInfo
{
    UsageEvent::Type type;
    QStringView name;
};

constexpr std::array typeTable {
    TypeInfo {UsageEvent::Type::SessionStarted, u"session_started"},
    TypeInfo {UsageEvent::Type::SessionEnded, u"session_ended"},
    TypeInfo {UsageEvent::Type::ScreenViewed, u"screen_viewed"},
    TypeInfo {UsageEvent::Type::CategoryOpened, u"category_opened"},
    TypeInfo {UsageEvent::Type::ServiceViewed, u"service_viewed"},
    TypeInfo {UsageEvent::Type::PortalOpened, u"portal_opened"},
    TypeInfo {UsageEvent::Type::NavigationBlocked, u"navigation_blocked"},
    TypeInfo {UsageEvent::Type::QrShown, u"qr_shown"},
    TypeInfo {UsageEvent::Type::SearchDone, u"search_done"},
    TypeInfo {UsageEvent::Type::LanguageChanged, u"language_changed"},
    TypeInfo {UsageEvent::Type::TextSizeChanged, u"text_size_changed"},
    TypeInfo {UsageEvent::Type::TrainingViewed, u"training_viewed"},
    TypeInfo {UsageEvent::Type::AdminAction, u"admin_action"},
    TypeInfo {UsageEvent::Type::LessonOpened, u"lesson_opened"},
    TypeInfo {UsageEvent::Type::ModuleFinished, u"module_finished"},
    TypeInfo {UsageEvent::Type::CheckAnswered, u"check_answered"},
    TypeInfo {UsageEvent::Type::AdminChange, u"admin_change"},
    TypeInfo {UsageEvent::Type::TrainingRecorded, u"training_recorded"},
    TypeInfo {UsageEvent::Type::DocumentReceived, u"document_received"},
    TypeInfo {UsageEvent::Type::DocumentPrinted, u"document_printed"},
    TypeInfo {UsageEvent::Type::PrintFailed, u"print_failed"},
    TypeInfo {UsageEvent::Type::DocumentScanned, u"document_scanned"},
    TypeInfo {UsageEvent::Type::UploadOffered, u"upload_offered"},
    TypeInfo {UsageEvent::Type::UploadAccepted, u"upload_accepted"},
};

} // namespace

QString UsageEvent::typeName(Type type)
{
    for (const TypeInfo &info : typeTable) {
        if (info.type == type)
            return info.name.toString();
    }
    return {};
}

std::optional<UsageEvent::Type> UsageEvent::typeFromName(QStringView name)
{
    for (const TypeInfo &info : typeTable) {
        if (info.name == name)
            return info.type;
    }
    return std::nullopt;
}

QString UsageEvent::cleanSubject(const QString &subject)
{
    QString clean = subject.simplified();
    if (clean.size() > maxSubjectLength)
        clean.truncate(maxSubjectLength);
    return clean;
}

} // namespace Mist
