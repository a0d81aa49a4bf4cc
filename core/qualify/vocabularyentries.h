#pragma once

#include "phrasematcher.h"
#include "qualifycues.h"

#include <QList>

namespace Rebound::Core {

// Builds vocabulary entries: many ';'-separated patterns sharing one category, tag and weight.
class VocabularyEntries
{
public:
    explicit VocabularyEntries(CueCategory category)
        : m_category(int(category))
    { }

    void add(int tag, int weight, const char16_t *patterns);
    QList<PhraseMatcher::Entry> take() { return std::move(m_entries); }

private:
    int m_category;
    QList<PhraseMatcher::Entry> m_entries;
};

} // namespace Rebound::Core
