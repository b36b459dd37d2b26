// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "usagerecorder.h"

#include "session/sessioncontroller.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Mist {

UsageRecorder::UsageRecorder(
    UsageWriter *writer, SessionController *session, QString kioskId, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_session(session)
    , m_kioskId(std::move(kioskId))
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (m_session) {
        connect(
            m_session, &SessionController::sessionStarted, this, &UsageRecorder::onSessionStarted);
        connect(m_session, &SessionController::sessionEnded, this,
            [this](SessionController::EndReason reason) { onSessionEnded(int(reason)); });
        if (m_session->isActive()) // a session started before the recorder existed
            onSessionStarted();
    }
}

void UsageRecorder::onSessionStarted()
{
    m_sessionId = m_session->sessionId();
    m_sessionTimer.start();
    m_lastScreen.clear();
    m_blockedSeen.clear();
    m_pendingSearch.reset();
    write({m_now(), m_kioskId, m_sessionId, UsageEvent::Type::SessionStarted, {}, {}, false},
        UsageWriter::Urgency::Batched);
}

void UsageRecorder::onSessionEnded(int reason)
{
    if (m_sessionId.isEmpty())
        return;
    // Typed, then Finish (or walked away) before the pause: the search still counts.
    flushPendingSearch();
    const QString why
        = reason == int(SessionController::EndReason::TimedOut) ? u"timeout"_s : u"finish"_s;
    // Written at once: the end of a session is what the reports count, and it must not wait in
    // memory for a batch when the power goes.
    write({m_now(), m_kioskId, m_sessionId, UsageEvent::Type::SessionEnded, why,
              m_sessionTimer.elapsed(), false},
        UsageWriter::Urgency::Now);
    m_sessionId.clear();
    m_lastScreen.clear();
    m_blockedSeen.clear();
}

void UsageRecorder::recordCitizen(
    UsageEvent::Type type, const QString &subject, std::optional<qint64> value)
{
    if (m_sessionId.isEmpty())
        return;
    // Whatever the citizen does next (a result, Home, another screen) ends the search they
    // typed: it goes first, so the log keeps the order things happened in.
    if (type != UsageEvent::Type::SearchDone)
        flushPendingSearch();
    write({m_now(), m_kioskId, m_sessionId, type, UsageEvent::cleanSubject(subject), value, false},
        UsageWriter::Urgency::Batched);
}

void UsageRecorder::write(UsageEvent event, UsageWriter::Urgency urgency)
{
    if (!m_writer)
        return;
    if (const quint64 ticket = m_writer->record(event, urgency))
        m_lastTicket = ticket;
}

void UsageRecorder::screenViewed(const QString &name)
{
    if (name.isEmpty() || name == m_lastScreen || m_sessionId.isEmpty())
        return;
    m_lastScreen = name;
    recordCitizen(UsageEvent::Type::ScreenViewed, name);
}

void UsageRecorder::categoryOpened(const QString &categoryId)
{
    recordCitizen(UsageEvent::Type::CategoryOpened, categoryId);
}

void UsageRecorder::serviceViewed(const QString &entryId)
{
    recordCitizen(UsageEvent::Type::ServiceViewed, entryId);
}

void UsageRecorder::portalOpened(const QString &entryId)
{
    recordCitizen(UsageEvent::Type::PortalOpened, entryId);
}

QString UsageRecorder::blockedSubject(const QString &address)
{
    static const QRegularExpression schemeRe(u"^([A-Za-z][A-Za-z0-9+.-]{0,31}):"_s);
    // A DNS name whose last label has a letter (ASCII; IDNs in their xn-- form): IP literals
    // are not kept, as no IP address is.
    static const QRegularExpression hostRe(
        u"^(?:[a-z0-9](?:[a-z0-9-]{0,62})\\.)*[a-z0-9-]{0,62}[a-z][a-z0-9-]{0,62}$"_s);

    const QString text = address.trimmed();
    if (text.isEmpty() || text.size() > 4096)
        return {};
    const auto scheme = schemeRe.match(text);
    if (!scheme.hasMatch())
        return {}; // no scheme: free text (or a bare e-mail address), never recorded
    const QString name = scheme.captured(1).toLower();
    static const QStringList withHost = {u"http"_s, u"https"_s, u"ws"_s, u"wss"_s};
    if (!withHost.contains(name))
        return name; // mailto:, tel:, sms:, intent:, javascript:... the scheme alone
    const QUrl url(text, QUrl::StrictMode);
    QString host = url.isValid() ? url.host(QUrl::EncodeUnicode).toLower() : QString();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.size() > 253 || !hostRe.match(host).hasMatch())
        return name; // no host we can name safely: the scheme alone
    return host;
}

void UsageRecorder::navigationBlocked(const QString &address)
{
    if (m_sessionId.isEmpty() || m_blockedSeen.size() >= maxBlockedPerSession)
        return;
    const QString subject = blockedSubject(address);
    if (subject.isEmpty() || m_blockedSeen.contains(subject))
        return;
    m_blockedSeen.insert(subject);
    recordCitizen(UsageEvent::Type::NavigationBlocked, subject);
}

void UsageRecorder::qrShown(const QString &id)
{
    recordCitizen(UsageEvent::Type::QrShown, id);
}

void UsageRecorder::searchDone(int resultCount)
{
    // This is the search that was waiting, if one was: it is not recorded twice.
    m_pendingSearch.reset();
    recordCitizen(UsageEvent::Type::SearchDone, {}, std::max(resultCount, 0));
}

void UsageRecorder::searchTyped(int resultCount)
{
    if (m_sessionId.isEmpty())
        return;
    m_pendingSearch = std::max(resultCount, 0);
}

void UsageRecorder::searchCleared()
{
    m_pendingSearch.reset();
}

void UsageRecorder::searchPaused()
{
    flushPendingSearch();
}

void UsageRecorder::flushPendingSearch()
{
    if (!m_pendingSearch)
        return;
    const int count = *m_pendingSearch;
    m_pendingSearch.reset();
    recordCitizen(UsageEvent::Type::SearchDone, {}, count);
}

void UsageRecorder::languageChanged(const QString &language)
{
    recordCitizen(UsageEvent::Type::LanguageChanged, language == "en"_L1 ? u"en"_s : u"uk"_s);
}

void UsageRecorder::textSizeChanged(int percent)
{
    recordCitizen(UsageEvent::Type::TextSizeChanged, {}, std::clamp(percent, 50, 400));
}

void UsageRecorder::trainingViewed(const QString &uid)
{
    recordCitizen(UsageEvent::Type::TrainingViewed, uid);
}

void UsageRecorder::adminAction(const QString &action)
{
    const QString clean = UsageEvent::cleanSubject(action);
    if (clean.isEmpty())
        return;
    write({m_now(), m_kioskId, m_sessionId, UsageEvent::Type::AdminAction, clean, {}, false},
        UsageWriter::Urgency::Batched);
}

void UsageRecorder::lessonOpened(const QString &moduleId, const QString &lessonId)
{
    if (moduleId.isEmpty() || lessonId.isEmpty())
        return;
    recordCitizen(UsageEvent::Type::LessonOpened, moduleId + u'/' + lessonId);
}

void UsageRecorder::moduleFinished(const QString &moduleId)
{
    if (!moduleId.isEmpty())
        recordCitizen(UsageEvent::Type::ModuleFinished, moduleId);
}

void UsageRecorder::checkAnswered(const QString &moduleId, const QString &questionId, bool correct)
{
    if (moduleId.isEmpty() || questionId.isEmpty())
        return;
    recordCitizen(UsageEvent::Type::CheckAnswered, moduleId + u'/' + questionId, correct ? 1 : 0);
}

void UsageRecorder::trainingRecorded(const QString &moduleId, int participants)
{
    const QString clean = UsageEvent::cleanSubject(moduleId);
    if (clean.isEmpty() || participants < 1 || participants > 500)
        return;
    write({m_now(), m_kioskId, m_sessionId, UsageEvent::Type::TrainingRecorded, clean,
              qint64(participants), false},
        UsageWriter::Urgency::Batched);
}

void UsageRecorder::documentReceived(const QString &source)
{
    if (source == "download"_L1 || source == "page-print"_L1)
        recordCitizen(UsageEvent::Type::DocumentReceived, source);
}

void UsageRecorder::documentPrinted(const QString &source, int pages)
{
    if ((source == "portal"_L1 || source == "kiosk"_L1) && pages >= 1 && pages <= 500)
        recordCitizen(UsageEvent::Type::DocumentPrinted, source, pages);
}

void UsageRecorder::documentScanned(const QString &preset, int pages)
{
    if ((preset == "text"_L1 || preset == "photo"_L1) && pages >= 1 && pages <= 500)
        recordCitizen(UsageEvent::Type::DocumentScanned, preset, pages);
}

void UsageRecorder::uploadOffered(const QString &kind)
{
    if (kind == "pdf"_L1 || kind == "image"_L1 || kind == "any"_L1)
        recordCitizen(UsageEvent::Type::UploadOffered, kind);
}

void UsageRecorder::uploadAccepted(const QString &kind, int files)
{
    if ((kind == "pdf"_L1 || kind == "jpeg"_L1) && files >= 1 && files <= 100)
        recordCitizen(UsageEvent::Type::UploadAccepted, kind, files);
}

void UsageRecorder::printFailed(const QString &problem)
{
    // A word of our own vocabulary only: lower-case letters and '-', short.
    static const QRegularExpression word(u"^[a-z][a-z-]{0,31}\\z"_s);
    if (word.match(problem).hasMatch())
        recordCitizen(UsageEvent::Type::PrintFailed, problem);
}

void UsageRecorder::adminEvent(
    UsageEvent::Type type, const QString &subject, std::optional<qint64> value)
{
    const QString clean = UsageEvent::cleanSubject(subject);
    if (clean.isEmpty())
        return;
    write({m_now(), m_kioskId, {}, type, clean, value, false}, UsageWriter::Urgency::Now);
}

bool UsageRecorder::waitForCommitted(std::chrono::milliseconds timeout)
{
    if (m_lastTicket == 0)
        return true;
    m_writer->flush();
    return m_writer->waitForCommitted(m_lastTicket, timeout);
}

} // namespace Mist
