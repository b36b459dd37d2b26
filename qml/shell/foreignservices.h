// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The backend objects QML sees, registered as singletons of the Mist module. The backend itself
// knows nothing of QML; these declarations are the only bridge.
#pragma once

#include "providedsingleton.h"

#include "admin/librarianmode.h"
#include "admin/settingsstore.h"
#include "course/courselibrary.h"
#include "course/courseprogress.h"
#include "directory/directory.h"
#include "directory/directorymodel.h"
#include "directory/directoryupdater.h"
#include "directory/localportals.h"
#include "documents/documenttray.h"
#include "learning/guidelibrary.h"
#include "learning/materialslibrary.h"
#include "library/libraryprofile.h"
#include "printdesk.h"
#include "schedule/schedulemodel.h"
#include "session/sessioncontroller.h"
#include "usage/usagerecorder.h"

#include <QtQml/qqmlregistration.h>

namespace Mist {

// Session: the citizen session (idle timer, warning, finish).
struct SessionForeign : ProvidedSingleton<SessionController>
{
    Q_GADGET
    QML_FOREIGN(Mist::SessionController)
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON
};

// Library: the name and details of the library this kiosk stands in.
struct LibraryForeign : ProvidedSingleton<LibraryProfile>
{
    Q_GADGET
    QML_FOREIGN(Mist::LibraryProfile)
    QML_NAMED_ELEMENT(Library)
    QML_SINGLETON
};

// Directory: the kiosk's portal directory (kept current by DirectoryUpdater in main.cpp).
struct DirectoryForeign : ProvidedSingleton<Directory>
{
    Q_GADGET
    QML_FOREIGN(Mist::Directory)
    QML_NAMED_ELEMENT(Directory)
    QML_SINGLETON
};

// LocalPortals: the librarian's changes to the directory (local portals, hidden, pinned), the
// service `mistctl portal` uses; the Directory reloads after each.
struct LocalPortalsForeign : ProvidedSingleton<LocalPortals>
{
    Q_GADGET
    QML_FOREIGN(Mist::LocalPortals)
    QML_NAMED_ELEMENT(LocalPortals)
    QML_SINGLETON
};

// DirectoryService: what keeps the directory current (feed updates, link checks), for the
// librarian's "Portal directory" screen and the status.
struct DirectoryServiceForeign : ProvidedSingleton<DirectoryUpdater>
{
    Q_GADGET
    QML_FOREIGN(Mist::DirectoryUpdater)
    QML_NAMED_ELEMENT(DirectoryService)
    QML_SINGLETON
};

// DirectoryModel: a screen's own filtered, searchable list of the directory's portals.
struct DirectoryModelForeign
{
    Q_GADGET
    QML_FOREIGN(Mist::DirectoryModel)
    QML_NAMED_ELEMENT(DirectoryModel)
};

// Schedule: the library's upcoming trainings (ScheduleModel, kept current by ScheduleUpdater).
struct ScheduleForeign : ProvidedSingleton<ScheduleModel>
{
    Q_GADGET
    QML_FOREIGN(Mist::ScheduleModel)
    QML_NAMED_ELEMENT(Schedule)
    QML_SINGLETON
};

// Guides: the step-by-step guides, bundled and the librarian's. A service page links the guides
// for its portal with Guides.guidesForService(serviceId, Preferences.language).
struct GuidesForeign : ProvidedSingleton<GuideLibrary>
{
    Q_GADGET
    QML_FOREIGN(Mist::GuideLibrary)
    QML_NAMED_ELEMENT(Guides)
    QML_SINGLETON
};

// Materials: the course-material PDFs in the librarian's folder.
struct MaterialsForeign : ProvidedSingleton<MaterialsLibrary>
{
    Q_GADGET
    QML_FOREIGN(Mist::MaterialsLibrary)
    QML_NAMED_ELEMENT(Materials)
    QML_SINGLETON
};

// Course: the course "Basics of E-Governance" (bundled, the library's modules or a regional
// course), as maps in one language: Course.tracks(lang), Course.lesson(module, lesson, lang)...
struct CourseForeign : ProvidedSingleton<CourseLibrary>
{
    Q_GADGET
    QML_FOREIGN(Mist::CourseLibrary)
    QML_NAMED_ELEMENT(Course)
    QML_SINGLETON
};

// CourseProgress: the citizen's progress through the course in this session only; the end of
// the session erases it.
struct CourseProgressForeign : ProvidedSingleton<CourseProgress>
{
    Q_GADGET
    QML_FOREIGN(Mist::CourseProgress)
    QML_NAMED_ELEMENT(CourseProgress)
    QML_SINGLETON
};

// Documents: this visit's document tray (portal PDFs and page prints, in memory only); the end
// of the session wipes it.
struct DocumentsForeign : ProvidedSingleton<DocumentTray>
{
    Q_GADGET
    QML_FOREIGN(Mist::DocumentTray)
    QML_NAMED_ELEMENT(Documents)
    QML_SINGLETON
};

// PrintDesk: printing a document of the tray at the library's printer, the job's state in plain
// words, the visit's pages left (documents/printdesk.h).
struct PrintDeskForeign : ProvidedSingleton<PrintDesk>
{
    Q_GADGET
    QML_FOREIGN(Mist::PrintDesk)
    QML_NAMED_ELEMENT(PrintDesk)
    QML_SINGLETON
};

// Usage: the anonymous usage log's recorder (Usage.screenViewed(name), Usage.portalOpened(id)...).
struct UsageForeign : ProvidedSingleton<UsageRecorder>
{
    Q_GADGET
    QML_FOREIGN(Mist::UsageRecorder)
    QML_NAMED_ELEMENT(Usage)
    QML_SINGLETON
};

// Librarian: librarian mode (PIN pad, the two-minute auto-lock, "Leave librarian mode").
struct LibrarianForeign : ProvidedSingleton<LibrarianMode>
{
    Q_GADGET
    QML_FOREIGN(Mist::LibrarianMode)
    QML_NAMED_ELEMENT(Librarian)
    QML_SINGLETON
};

// Settings: what a librarian changed on the screen, with its source (SettingsStore).
struct SettingsForeign : ProvidedSingleton<SettingsStore>
{
    Q_GADGET
    QML_FOREIGN(Mist::SettingsStore)
    QML_NAMED_ELEMENT(Settings)
    QML_SINGLETON
};

} // namespace Mist
