#pragma once

#include "phrasematcher.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rebound::Core {

// The service taxonomy (shared/qualify/taxonomy.json) and the words callers use for each
// job, in English and Spanish. Weights rank the evidence: an object named outright
// ("water heater": 6) beats a symptom shared by several jobs ("leaking": 4).
class ServiceVocabulary
{
public:
    struct Key
    {
        QString trade;
        QString key;
    };

    static const QList<Key> &keys(); // taxonomy order; a hit's tag indexes this list
    static int otherJobTag(); // a job outside every trade (snow plowing, painting): "other"
    static int indexOf(const QString &trade, const QString &key);
    static QStringList trades();
    static QList<PhraseMatcher::Entry> entries();
};

} // namespace Rebound::Core
