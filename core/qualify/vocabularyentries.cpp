#include "vocabularyentries.h"

namespace Rebound::Core {

void VocabularyEntries::add(int tag, int weight, const char16_t *patterns)
{
    const QString all = QString::fromUtf16(patterns);
    for (QStringView pattern : QStringView(all).split(QLatin1Char(';'))) {
        pattern = pattern.trimmed();
        if (!pattern.isEmpty())
            m_entries.append({m_category, tag, weight, pattern.toString()});
    }
}

} // namespace Rebound::Core
