#include "lexicon.h"

#include "kindvocabulary.h"
#include "replyvocabulary.h"
#include "servicevocabulary.h"
#include "urgencyvocabulary.h"

#include <QLoggingCategory>

namespace Rebound::Core {

Q_LOGGING_CATEGORY(lcLexicon, "rebound.qualify.lexicon")

const PhraseMatcher &Lexicon::matcher()
{
    static const PhraseMatcher matcher = [] {
        QList<PhraseMatcher::Entry> all = KindVocabulary::entries();
        all += ServiceVocabulary::entries();
        all += UrgencyVocabulary::entries();
        all += ReplyVocabulary::entries();
        PhraseMatcher m(all);
        for (const QString &error : m.errors())
            qCWarning(lcLexicon) << "vocabulary:" << error;
        return m;
    }();
    return matcher;
}

} // namespace Rebound::Core
