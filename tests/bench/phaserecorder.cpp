// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Mist contributors
#include "phaserecorder.h"

#include <QMetaMethod>
#include <QMetaProperty>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace MistBench {

void PhaseRecorder::start()
{
    m_marks.clear();
    m_timer.start();
}

void PhaseRecorder::mark(const QString &what)
{
    m_marks.push_back({double(m_timer.nsecsElapsed()) / 1e6, what});
}

void PhaseRecorder::watch(QObject *object, const QStringList &properties)
{
    const QMetaObject *meta = object->metaObject();
    const QMetaMethod slot = metaObject()->method(metaObject()->indexOfSlot("propertyChanged()"));
    for (const QString &name : properties) {
        const int index = meta->indexOfProperty(name.toLatin1().constData());
        if (index < 0 || !meta->property(index).hasNotifySignal())
            continue;
        connect(object, meta->property(index).notifySignal(), this, slot);
    }
}

void PhaseRecorder::watchFrames(QQuickWindow *window, int frames)
{
    m_framesLeft = frames;
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (m_framesLeft > 0) {
            --m_framesLeft;
            mark(u"frame swapped"_s);
        }
    });
}

void PhaseRecorder::propertyChanged()
{
    QObject *object = sender();
    if (!object)
        return;
    const QMetaObject *meta = object->metaObject();
    const QMetaMethod signal = meta->method(senderSignalIndex());
    for (int i = 0; i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        if (property.hasNotifySignal() && property.notifySignal() == signal) {
            mark(QString::fromLatin1(property.name()) + u" = "_s
                + property.read(object).toString().left(40));
        }
    }
}

} // namespace MistBench
