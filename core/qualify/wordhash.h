#pragma once

#include <QStringView>

#include <cstddef>

namespace Rebound::Core {

// FNV-1a over UTF-16 code units: the vocabularies look up several short words per token,
// and Qt 6.4's qHash(QStringView) costs some twenty times more per lookup than this.
struct WordHash
{
    std::size_t operator()(QStringView s) const noexcept
    {
        std::size_t h = 1469598103934665603ull;
        for (QChar c : s) {
            h ^= c.unicode();
            h *= 1099511628211ull;
        }
        return h;
    }
};

} // namespace Rebound::Core
