#pragma once

#include <QString>

namespace Rebound::Core {

// A caller's message and a folded twin of exactly the same length (lower case, accents
// stripped, typographic quotes and dashes made plain), so that patterns match the twin
// while the spans they find still cut names and addresses out of the original.
class NormalizedText
{
public:
    explicit NormalizedText(const QString &original);

    const QString &original() const { return m_original; }
    const QString &folded() const { return m_folded; }

    // Hides a span from later matching (a found address must not feed the service vocabulary).
    void blank(qsizetype start, qsizetype length);

    static QString fold(const QString &text);
    static QChar foldChar(QChar c);

private:
    QString m_original;
    QString m_folded;
};

} // namespace Rebound::Core
