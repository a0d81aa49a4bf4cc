#pragma once

#include "messagefacts.h"
#include "tokenizedtext.h"

#include <optional>

namespace Rebound::Core {

// Finds a US service address in a message: house number, street (with its suffix, or a
// numbered road such as "Hwy 17", or a Spanish-style "Avenida La Costa"), direction, unit,
// city, state and ZIP. A ZIP or a city alone is not an address. Also spots a corrected
// house number ("sorry it's 4421 not 4412").
class AddressFinder
{
public:
    struct Result
    {
        std::optional<AddressFinding> address;
        QString correctedHouseNumber;
    };

    // addressAsked: the business just asked for the address, so a number and a street name
    // without a suffix ("88 Glenmont") count too.
    static Result find(const TokenizedText &text, bool addressAsked, const QString &currentHouseNumber);

private:
    static std::optional<AddressFinding> addressAt(const TokenizedText &text, qsizetype i, bool addressAsked);
    static QString correction(const TokenizedText &text, const QString &currentHouseNumber);
};

} // namespace Rebound::Core
