#include "normalizedtext.h"

#include <array>

namespace Rebound::Core {

namespace {

// Latin-1 and Latin Extended-A/B fold to one base letter each, which keeps the length.
constexpr char16_t kTableEnd = 0x0250;

std::array<char16_t, kTableEnd> buildTable()
{
    std::array<char16_t, kTableEnd> table{};
    for (char16_t c = 0; c < kTableEnd; ++c) {
        QChar ch(c);
        char16_t folded = ch.toLower().unicode();
        if (c >= 0x00C0) {
            const QString decomposed = ch.decomposition();
            if (!decomposed.isEmpty() && decomposed.at(0).unicode() < 0x80)
                folded = decomposed.at(0).toLower().unicode();
        }
        table[c] = folded;
    }
    const auto set = [&table](char16_t from, char16_t to) { table[from] = to; };
    set(0x00C6, u'a'); // Æ
    set(0x00E6, u'a');
    set(0x00D8, u'o'); // Ø
    set(0x00F8, u'o');
    set(0x00D0, u'd'); // Ð
    set(0x00F0, u'd');
    set(0x00DE, u't'); // Þ
    set(0x00FE, u't');
    set(0x00DF, u's'); // ß
    set(0x0141, u'l'); // Ł
    set(0x0142, u'l');
    set(0x00A0, u' '); // no-break space
    set(0x00B4, u'\''); // acute accent used as an apostrophe
    return table;
}

} // namespace

QChar NormalizedText::foldChar(QChar c)
{
    static const std::array<char16_t, kTableEnd> table = buildTable();
    const char16_t u = c.unicode();
    if (u < kTableEnd)
        return QChar(table[u]);
    switch (u) {
    case 0x2018: // ‘ ’ ‛ ′ ʼ: phones' smart apostrophes
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
        return QLatin1Char('\'');
    case 0x201C: // “ ” ″
    case 0x201D:
    case 0x2033:
        return QLatin1Char('"');
    case 0x2010: // hyphens and dashes
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return QLatin1Char('-');
    case 0x2007: // odd spaces
    case 0x2009:
    case 0x202F:
    case 0x3000:
        return QLatin1Char(' ');
    default:
        break;
    }
    if (c.isSurrogate())
        return c;
    return c.toLower();
}

QString NormalizedText::fold(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        dst[i] = foldChar(text.at(i));
    return out;
}

NormalizedText::NormalizedText(const QString &original)
    : m_original(original)
    , m_folded(fold(original))
{ }

void NormalizedText::blank(qsizetype start, qsizetype length)
{
    if (start < 0 || length <= 0 || start >= m_folded.size())
        return;
    const qsizetype end = std::min(m_folded.size(), start + length);
    QChar *data = m_folded.data();
    for (qsizetype i = start; i < end; ++i)
        data[i] = QLatin1Char(' ');
}

} // namespace Rebound::Core
