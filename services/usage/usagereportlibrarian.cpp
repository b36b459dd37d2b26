// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// Librarian mode's part of the monthly report: trainings held and people trained (recorded by
// the librarian on the screen or with `mistctl training record`), and the admin changes.
// Kept apart from the citizens' figures so that other sections (the course's) merge beside it.

#include "usagereport.h"
#include "usagereporthtml_p.h"
#include "usagereportlibrarian_p.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

void UsageReport::countLibrarianEvent(const UsageEvent &event, LibrarianTally &tally)
{
    if (event.type == UsageEvent::Type::TrainingRecorded) {
        ++tally.trainingsHeld;
        tally.participants += std::max<qint64>(0, event.value.value_or(0));
        if (event.subject.startsWith(u"not-in-calendar:"_s))
            ++tally.unlisted;
        return;
    }
    if (event.type == UsageEvent::Type::AdminChange) {
        // Every portal is one line ("portals"); settings by their key.
        const QString key = event.subject.startsWith(u"portal:"_s) ? u"portals"_s : event.subject;
        tally.changes[key].id = key;
        ++tally.changes[key].count;
    }
}

void UsageReport::finishLibrarian(const LibrarianTally &tally, Librarian &librarian)
{
    librarian.trainingsHeld = tally.trainingsHeld;
    librarian.participants = tally.participants;
    librarian.unlistedTrainings = tally.unlisted;
    librarian.changesByKey.clear();
    librarian.adminChanges = 0;
    for (const Count &count : tally.changes) {
        librarian.changesByKey.push_back(count);
        librarian.adminChanges += count.count;
    }
    std::sort(librarian.changesByKey.begin(), librarian.changesByKey.end(),
        [](const Count &a, const Count &b) {
            return a.count != b.count ? a.count > b.count : a.id < b.id;
        });
}

void UsageReport::addLibrarianJson(QJsonObject &object) const
{
    QJsonArray changes;
    for (const Count &count : librarian.changesByKey)
        changes.append(QJsonObject {{u"key"_s, count.id}, {u"changes"_s, count.count}});
    object.insert(u"trainingsHeld"_s, librarian.trainingsHeld);
    object.insert(u"participantsTrained"_s, librarian.participants);
    object.insert(u"admin"_s,
        QJsonObject {{u"changes"_s, librarian.adminChanges}, {u"byKey"_s, changes},
            {u"trainingsNotInCalendar"_s, librarian.unlistedTrainings}});
}

QString UsageReport::librarianText() const
{
    QString text = u"\nTrainings held (recorded by the librarian): %1, participants: %2"_s
                       .arg(librarian.trainingsHeld)
                       .arg(librarian.participants);
    if (librarian.unlistedTrainings > 0)
        text += u" (%1 not in the calendar)"_s.arg(librarian.unlistedTrainings);
    text += u"\nAdmin changes: %1\n"_s.arg(librarian.adminChanges);
    for (const Count &count : librarian.changesByKey)
        text += u"  %1 %2\n"_s.arg(count.count, 5).arg(count.id);
    return text;
}

QString UsageReport::librarianHtml() const
{
    using ReportHtml::both;
    using ReportHtml::card;
    QString html = u"<section><h2>%1</h2><div class=\"cards\">"_s.arg(
        both(u"Проведені навчання"_s, u"Trainings held"_s));
    html += card(librarian.trainingsHeld, both(u"Проведено навчань"_s, u"Trainings held"_s));
    html += card(librarian.participants, both(u"Навчено людей"_s, u"People trained"_s));
    html += u"</div></section>\n"_s;
    html += u"<section><h2>%1</h2><p>%2: %3</p>"_s
                .arg(both(u"Адміністрування"_s, u"Administration"_s),
                    both(u"Змін налаштувань і порталів"_s, u"Changes to settings and portals"_s))
                .arg(librarian.adminChanges);
    html += ReportHtml::countTable(librarian.changesByKey) + u"</section>\n"_s;
    return html;
}

} // namespace Mist
