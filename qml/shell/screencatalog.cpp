// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "screencatalog.h"

using namespace Qt::StringLiterals;

namespace Mist {

const std::vector<ScreenEntry> &ScreenCatalog::entries()
{
    static const std::vector<ScreenEntry> all = {
        {u"attract"_s, u"citizen/AttractScreen.qml"_s, {}, false},
        {u"home"_s, u"citizen/HomeScreen.qml"_s, {}, false},
        // Sections whose screens arrive with later work say so honestly until then.
        // The topic picks the scope: the hromada's own portals or the national ones.
        {u"hromada-services"_s, u"citizen/ServicesScreen.qml"_s, u"hromada-services"_s, false},
        {u"national-services"_s, u"citizen/ServicesScreen.qml"_s, u"national-services"_s, false},
        // Opened with { scope, category } or { serviceId }; standalone they show a populated
        // category and the Diia portal.
        {u"service-list"_s, u"citizen/ServiceListScreen.qml"_s, {}, false},
        {u"service"_s, u"citizen/ServicePageScreen.qml"_s, {}, false},
        {u"search"_s, u"citizen/SearchScreen.qml"_s, {}, false},
        // The schedule, and one training (opened with { trainingKey }; standalone, the first
        // upcoming one).
        {u"trainings"_s, u"citizen/TrainingsScreen.qml"_s, {}, false},
        {u"training-detail"_s, u"citizen/TrainingDetailScreen.qml"_s, {}, false},
        // Opened with { guideId } and { source, fileName, materialTitle }; standalone they show
        // the first guide and the first course material (or the empty state).
        {u"learn"_s, u"learning/LearnScreen.qml"_s, {}, false},
        {u"guide"_s, u"learning/GuideScreen.qml"_s, {}, false},
        {u"course-material"_s, u"learning/CourseMaterialScreen.qml"_s, {}, false},
        // The course: the modules of a track, a lesson, a self-check and a module's end, each
        // opened with { moduleId, lessonId / questionId }; standalone they show the first
        // module of the course.
        {u"course-modules"_s, u"learning/CourseModulesScreen.qml"_s, {}, false},
        {u"course-lesson"_s, u"learning/CourseLessonScreen.qml"_s, {}, false},
        {u"course-check"_s, u"learning/CourseCheckScreen.qml"_s, {}, false},
        {u"course-module-end"_s, u"learning/CourseModuleEndScreen.qml"_s, {}, false},
        // Trainer's mode: the offer to record a training, then a module on a projector, from its
        // first lesson or (topic) its first question.
        {u"trainer-start"_s, u"learning/TrainerStartScreen.qml"_s, {}, false},
        {u"trainer-lesson"_s, u"learning/TrainerScreen.qml"_s, {}, false},
        {u"trainer-check"_s, u"learning/TrainerScreen.qml"_s, u"trainer-check"_s, false},
        {u"help"_s, u"citizen/HelpScreen.qml"_s, {}, false},
        {u"idle-warning"_s, u"citizen/HomeScreen.qml"_s, {}, true},
        // The kiosk browser's frame, with and without the "another website" card (no page loads).
        {u"browser"_s, u"browser/BrowserPreviewScreen.qml"_s, u"browser"_s, false},
        {u"browser-blocked"_s, u"browser/BrowserPreviewScreen.qml"_s, u"browser-blocked"_s, false},
        // The visit's documents: the tray, one document (opened with { documentId }; standalone,
        // the tray's first), the print choices, the job on its way, and its three endings. The
        // endings take their state from properties (pages, pickupCode, problem); standalone they
        // show a sample. Screenshots fill the tray with sample documents (kiosk/main.cpp).
        {u"documents-tray"_s, u"documents/DocumentsTrayScreen.qml"_s, {}, false},
        {u"documents-viewer"_s, u"documents/DocumentViewerScreen.qml"_s, {}, false},
        {u"documents-print"_s, u"documents/PrintChoiceScreen.qml"_s, {}, false},
        {u"documents-printing"_s, u"documents/PrintStatusScreen.qml"_s, {}, false},
        {u"documents-printed"_s, u"documents/PrintResultScreen.qml"_s, u"printed"_s, false},
        {u"documents-printed-held"_s, u"documents/PrintResultScreen.qml"_s, u"held"_s, false},
        {u"documents-print-failed"_s, u"documents/PrintResultScreen.qml"_s, u"failed"_s, false},
        // Scanning a paper document (from the documents): ready, under way, the pages (a sample
        // page in a screenshot), the scanner's troubles; and the chooser a portal's file input
        // opens (the tray's documents and "Scan a document now").
        {u"scan-ready"_s, u"scanning/ScanScreen.qml"_s, u"ready"_s, false},
        {u"scan-scanning"_s, u"scanning/ScanScreen.qml"_s, u"scanning"_s, false},
        {u"scan-preview"_s, u"scanning/ScanScreen.qml"_s, u"ready"_s, false},
        {u"scan-preparing"_s, u"scanning/ScanScreen.qml"_s, u"preparing"_s, false},
        {u"scan-no-scanner"_s, u"scanning/ScanScreen.qml"_s, u"no-scanner"_s, false},
        {u"scan-busy"_s, u"scanning/ScanScreen.qml"_s, u"busy"_s, false},
        {u"scan-jammed"_s, u"scanning/ScanScreen.qml"_s, u"jammed"_s, false},
        {u"scan-choose-document"_s, u"scanning/ChooseDocumentScreen.qml"_s, {}, false},
        // A crash-looping kiosk's calm page (RestartGuard). mist-kiosk shows it in a window of its
        // own (shell/RestingWindow.qml), and so does a screenshot of it.
        {u"resting"_s, u"shell/RestingScreen.qml"_s, {}, false},
        // Librarian mode: the PIN pad (outside a session only), then the screens behind it
        // (only while librarian mode is on; a screenshot enters it without a PIN).
        {u"admin-pin"_s, u"librarian/AdminPinScreen.qml"_s, {}, false},
        {u"admin-home"_s, u"librarian/AdminHomeScreen.qml"_s, {}, false},
        {u"admin-library"_s, u"librarian/AdminLibraryScreen.qml"_s, {}, false},
        {u"admin-kiosk"_s, u"librarian/AdminKioskScreen.qml"_s, {}, false},
        // Local portals: the list (hide, pin, edit, remove), and the form that adds a portal or
        // (opened with { portalId }) edits one.
        {u"admin-portals"_s, u"librarian/AdminPortalsScreen.qml"_s, {}, false},
        {u"admin-portal-edit"_s, u"librarian/AdminPortalEditScreen.qml"_s, {}, false},
        // The signed portal feed and link health; the calendar and the trainings held.
        {u"admin-directory"_s, u"librarian/AdminDirectoryScreen.qml"_s, {}, false},
        {u"admin-trainings"_s, u"librarian/AdminTrainingsScreen.qml"_s, {}, false},
        // The month's usage CSV and HTML report to a USB stick.
        {u"admin-reports"_s, u"librarian/AdminReportsScreen.qml"_s, {}, false},
        // Held prints by pickup code: release or cancel.
        {u"admin-prints"_s, u"librarian/AdminPrintsScreen.qml"_s, {}, false},
    };
    return all;
}

const ScreenEntry *ScreenCatalog::find(const QString &name)
{
    for (const ScreenEntry &entry : entries()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QStringList ScreenCatalog::names()
{
    QStringList result;
    for (const ScreenEntry &entry : entries())
        result << entry.name;
    return result;
}

QUrl ScreenCatalog::url(const QString &name) const
{
    const ScreenEntry *entry = find(name);
    return entry ? QUrl(u"qrc:/Mist/"_s + entry->qmlFile) : QUrl();
}

QVariantMap ScreenCatalog::properties(const QString &name) const
{
    QVariantMap result;
    const ScreenEntry *entry = find(name);
    if (!entry)
        return result;
    result.insert(u"screenName"_s, entry->name);
    if (!entry->topic.isEmpty())
        result.insert(u"topic"_s, entry->topic);
    return result;
}

} // namespace Mist
