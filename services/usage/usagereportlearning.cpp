// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
// The report's "Learning" section: lessons opened, modules finished, the self-check's success
// rate per question (which idea is hard), trainings held and people trained.
#include "usagereport.h"
#include "usagereportlearning_p.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Mist {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString both(const QString &uk, const QString &en)
{
    return u"%1 <span class=\"en\">/ %2</span>"_s.arg(esc(uk), esc(en));
}

double rate(const UsageReport::Learning::Question &question)
{
    return question.answered ? double(question.correct) / double(question.answered) : 0.0;
}

QString percent(const UsageReport::Learning::Question &question)
{
    return u"%1%"_s.arg(qRound(rate(question) * 100.0));
}

} // namespace

void LearningTally::add(const UsageEvent &event)
{
    switch (event.type) {
    case UsageEvent::Type::LessonOpened: {
        ++m_learning.lessonsOpened;
        const QString module = event.subject.section(u'/', 0, 0);
        m_modules[module].id = module;
        ++m_modules[module].count;
        break;
    }
    case UsageEvent::Type::ModuleFinished:
        ++m_learning.modulesFinished;
        m_modules[event.subject].id = event.subject;
        ++m_modules[event.subject].secondary;
        break;
    case UsageEvent::Type::CheckAnswered: {
        auto &question = m_questions[event.subject];
        question.id = event.subject;
        ++question.answered;
        question.correct += event.value.value_or(0) > 0 ? 1 : 0;
        break;
    }
    case UsageEvent::Type::TrainingRecorded: {
        const qint64 participants = std::max<qint64>(event.value.value_or(0), 0);
        ++m_learning.trainingsHeld;
        m_learning.participants += participants;
        m_trainings[event.subject].id = event.subject;
        ++m_trainings[event.subject].count;
        m_trainings[event.subject].secondary += participants;
        break;
    }
    default:
        break;
    }
}

UsageReport::Learning LearningTally::result() const
{
    UsageReport::Learning learning = m_learning;
    auto sortedCounts = [](const QHash<QString, UsageReport::Count> &counts) {
        std::vector<UsageReport::Count> list(counts.cbegin(), counts.cend());
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.count != b.count ? a.count > b.count : a.id < b.id;
        });
        return list;
    };
    learning.modules = sortedCounts(m_modules);
    learning.trainingsByModule = sortedCounts(m_trainings);
    learning.questions.assign(m_questions.cbegin(), m_questions.cend());
    std::sort(
        learning.questions.begin(), learning.questions.end(), [](const auto &a, const auto &b) {
            if (rate(a) != rate(b))
                return rate(a) < rate(b);
            return a.id < b.id;
        });
    return learning;
}

QJsonObject UsageReport::learningJson() const
{
    QJsonArray modules;
    for (const Count &module : learning.modules)
        modules.append(QJsonObject {{u"id"_s, module.id}, {u"lessonsOpened"_s, module.count},
            {u"finished"_s, module.secondary}});
    QJsonArray questions;
    for (const Learning::Question &question : learning.questions)
        questions.append(QJsonObject {{u"id"_s, question.id}, {u"answered"_s, question.answered},
            {u"correct"_s, question.correct}, {u"successRate"_s, rate(question)}});
    QJsonArray trainingsHeld;
    for (const Count &training : learning.trainingsByModule)
        trainingsHeld.append(QJsonObject {{u"module"_s, training.id},
            {u"trainings"_s, training.count}, {u"participants"_s, training.secondary}});
    return {
        {u"lessonsOpened"_s, learning.lessonsOpened},
        {u"modulesFinished"_s, learning.modulesFinished},
        {u"modules"_s, modules},
        {u"questions"_s, questions},
        {u"trainingsHeld"_s, learning.trainingsHeld},
        {u"participants"_s, learning.participants},
        {u"trainingsByModule"_s, trainingsHeld},
    };
}

QString UsageReport::learningText() const
{
    QString text = u"\nLearning (the course):\n"_s;
    text += u"  lessons opened: %1, modules finished: %2\n"_s.arg(learning.lessonsOpened)
                .arg(learning.modulesFinished);
    text += u"  trainings held: %1, participants: %2\n"_s.arg(learning.trainingsHeld)
                .arg(learning.participants);
    for (const Count &training : learning.trainingsByModule)
        text += u"    %1 trainings, %2 participants  %3\n"_s.arg(training.count, 3)
                    .arg(training.secondary, 4)
                    .arg(training.id);
    if (!learning.questions.empty()) {
        text += u"  Self-check success rate per question (hardest first):\n"_s;
        for (const Learning::Question &question : learning.questions)
            text += u"    %1  %2 of %3  %4\n"_s.arg(percent(question), 4)
                        .arg(question.correct, 4)
                        .arg(question.answered, -4)
                        .arg(question.id);
    }
    return text;
}

QString UsageReport::learningHtml() const
{
    QString html = u"<section id=\"learning\"><h2>%1</h2><div class=\"cards\">"_s.arg(
        both(u"Навчальний курс"_s, u"Learning"_s));
    auto card = [&html](const QString &uk, const QString &en, qint64 value) {
        html += u"<div class=\"card\"><div class=\"n\">%1</div>%2</div>"_s.arg(value).arg(
            both(uk, en));
    };
    card(u"Відкрито уроків"_s, u"Lessons opened"_s, learning.lessonsOpened);
    card(u"Завершено модулів"_s, u"Modules finished"_s, learning.modulesFinished);
    card(u"Проведено тренінгів"_s, u"Trainings held"_s, learning.trainingsHeld);
    card(u"Учасників тренінгів"_s, u"Participants"_s, learning.participants);
    html += u"</div>"_s;
    if (!learning.questions.empty()) {
        html += u"<h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
            both(u"Самоперевірка: частка правильних відповідей"_s,
                u"Self-check: success rate per question"_s),
            both(u"Питання"_s, u"Question"_s), both(u"Відповідей"_s, u"Answers"_s),
            both(u"Правильно"_s, u"Correct"_s));
        for (const Learning::Question &question : learning.questions)
            html += u"<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td></tr>"_s
                        .arg(esc(question.id))
                        .arg(question.answered)
                        .arg(percent(question));
        html += u"</table>"_s;
    }
    if (!learning.trainingsByModule.empty()) {
        html += u"<h3>%1</h3><table><tr><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
            both(u"Тренінги за модулями"_s, u"Trainings by module"_s),
            both(u"Модуль"_s, u"Module"_s), both(u"Тренінгів"_s, u"Trainings"_s),
            both(u"Учасників"_s, u"Participants"_s));
        for (const Count &training : learning.trainingsByModule)
            html += u"<tr><td>%1</td><td class=\"num\">%2</td><td class=\"num\">%3</td></tr>"_s
                        .arg(esc(training.id))
                        .arg(training.count)
                        .arg(training.secondary);
        html += u"</table>"_s;
    }
    return html + u"</section>\n"_s;
}

} // namespace Mist
