#pragma once

#include <QTranslator>

namespace Rebound::Test {

// The app's English translation, built from translations/rebound_en.ts, with
// one fallback: a numerus message not translated yet ("%n call(s) shown") gets
// English's two forms from its source text. A count the code formats without
// tr()'s numerus argument ("%1 calls shown") gets neither, so plural tests see it.
class PluralTranslator final : public QTranslator
{
public:
    bool loadEnglish() { return load(QStringLiteral(REBOUND_QM_DIR "/rebound_en.qm")); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!translated.isEmpty() || n < 0)
            return translated;
        QString source = QString::fromUtf8(sourceText);
        if (!source.contains(QLatin1String("(s)")))
            return {};
        return source.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }

    bool isEmpty() const override { return false; }
};

} // namespace Rebound::Test
