#include "phonenumber.h"

#include <QCoreApplication>

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace Rebound::Core {

namespace {

namespace pn = i18n::phonenumbers;

// Nobody types a phone number longer than this; refusing early keeps pasted
// paragraphs away from libphonenumber's regular expressions.
constexpr qsizetype MaxInputLength = 64;

// E.164 allows at most 15 digits after the '+'.
constexpr qsizetype MaxE164Digits = 15;

class SilentLogger final : public pn::Logger
{
public:
    void WriteMessage(const std::string & /*message*/) override { }
};

// libphonenumber writes parse diagnostics to stderr by default; user input
// is not a library error, so its logger is replaced once, before first use.
pn::PhoneNumberUtil &util()
{
    static pn::PhoneNumberUtil *const instance = [] {
        pn::PhoneNumberUtil *phoneUtil = pn::PhoneNumberUtil::GetInstance();
        phoneUtil->SetLogger(new SilentLogger); // takes ownership
        return phoneUtil;
    }();
    return *instance;
}

PhoneNumber::Error fromParseError(pn::PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case pn::PhoneNumberUtil::NO_PARSING_ERROR:
        return PhoneNumber::Error::None;
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumber::Error::InvalidCountryCode;
    case pn::PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case pn::PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneNumber::Error::TooShort;
    case pn::PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNumber::Error::TooLong;
    case pn::PhoneNumberUtil::NOT_A_NUMBER:
        break;
    }
    return PhoneNumber::Error::NotANumber;
}

// A parsed number that is not valid still says why: wrong length, or a
// length that fits but digits no region assigns (area code 123, say).
PhoneNumber::Error invalidReason(const pn::PhoneNumber &number)
{
    switch (util().IsPossibleNumberWithReason(number)) {
    case pn::PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return PhoneNumber::Error::InvalidCountryCode;
    case pn::PhoneNumberUtil::TOO_SHORT:
        return PhoneNumber::Error::TooShort;
    case pn::PhoneNumberUtil::TOO_LONG:
        return PhoneNumber::Error::TooLong;
    default:
        return PhoneNumber::Error::NotValidForRegion;
    }
}

bool parseE164(const QString &e164, pn::PhoneNumber *number)
{
    return !e164.isEmpty() && util().Parse(e164.toStdString(), "ZZ", number) == pn::PhoneNumberUtil::NO_PARSING_ERROR;
}

bool isE164Shape(const QString &text)
{
    if (text.size() < 3 || text.size() > MaxE164Digits + 1 || text.front() != u'+' || text.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return false;
    }
    return true;
}

void setError(PhoneNumber::Error *out, PhoneNumber::Error error)
{
    if (out)
        *out = error;
}

// Parses `text` (with `region` for numbers written without a country code),
// checks it is a valid number and returns its E.164 form; empty with *error set otherwise.
QString validE164(const QString &text, const std::string &region, PhoneNumber::Error *error)
{
    pn::PhoneNumber number;
    const auto parseError = util().Parse(text.toStdString(), region, &number);
    if (parseError != pn::PhoneNumberUtil::NO_PARSING_ERROR) {
        setError(error, fromParseError(parseError));
        return {};
    }
    if (!util().IsValidNumber(number)) {
        setError(error, invalidReason(number));
        return {};
    }
    // E.164 carries no extension; "ext 4" is for a person dialling, not for SMS.
    std::string e164;
    util().Format(number, pn::PhoneNumberUtil::E164, &e164);
    // Some regions' metadata allows national numbers longer than E.164 does
    // (letters read as digits can make one); no network can text those.
    if (qsizetype(e164.size()) > MaxE164Digits + 1) {
        setError(error, PhoneNumber::Error::TooLong);
        return {};
    }
    // Read back on its own, an E.164 string may come out another way (a
    // Mexican mobile's old "1" after +52, say); the stored form must be the
    // one that reads back to itself.
    pn::PhoneNumber again;
    std::string canonical;
    if (util().Parse(e164, "ZZ", &again) != pn::PhoneNumberUtil::NO_PARSING_ERROR || !util().IsValidNumber(again)) {
        setError(error, PhoneNumber::Error::NotValidForRegion);
        return {};
    }
    util().Format(again, pn::PhoneNumberUtil::E164, &canonical);
    return QString::fromStdString(canonical);
}

} // namespace

PhoneNumber PhoneNumber::parse(const QString &text, const QString &defaultRegion, Error *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, Error::Empty);
        return {};
    }
    if (trimmed.size() > MaxInputLength || trimmed.contains(QChar(u'\0'))) {
        setError(error, Error::NotANumber);
        return {};
    }

    const std::string region = defaultRegion.trimmed().toUpper().toStdString();
    const QString e164 = validE164(trimmed, region.empty() ? std::string("ZZ") : region, error);
    if (e164.isEmpty())
        return {};
    setError(error, Error::None);
    return PhoneNumber(e164);
}

PhoneNumber PhoneNumber::fromE164(const QString &e164, Error *error)
{
    if (e164.isEmpty()) {
        setError(error, Error::Empty);
        return {};
    }
    if (!isE164Shape(e164)) {
        setError(error, Error::NotANumber);
        return {};
    }

    const QString formatted = validE164(e164, "ZZ", error);
    if (formatted.isEmpty())
        return {};
    // Only the canonical spelling is accepted, so two stored strings never
    // name the same number.
    if (formatted != e164) {
        setError(error, Error::NotANumber);
        return {};
    }
    setError(error, Error::None);
    return PhoneNumber(e164);
}

QString PhoneNumber::errorMessage(Error error)
{
    const char *const context = "Rebound::Core::PhoneNumber";
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate(context, "Enter a phone number.");
    case Error::NotANumber:
        return QCoreApplication::translate(context, "That does not look like a phone number.");
    case Error::InvalidCountryCode:
        return QCoreApplication::translate(context,
                                           "That phone number's country code is not recognised; "
                                           "start international numbers with + and the country code.");
    case Error::TooShort:
        return QCoreApplication::translate(context, "That phone number is too short.");
    case Error::TooLong:
        return QCoreApplication::translate(context, "That phone number is too long.");
    case Error::NotValidForRegion:
        return QCoreApplication::translate(
            context, "That phone number is not valid in its country; check the area code and digits.");
    }
    return QCoreApplication::translate(context, "That does not look like a phone number.");
}

QString PhoneNumber::regionCode() const
{
    pn::PhoneNumber number;
    if (!parseE164(m_e164, &number))
        return {};
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    return QString::fromStdString(region);
}

QString PhoneNumber::display(const QString &homeRegion) const
{
    pn::PhoneNumber number;
    if (!parseE164(m_e164, &number))
        return {};
    std::string region;
    util().GetRegionCodeForNumber(number, &region);
    std::string formatted;
    const bool home = QString::fromStdString(region).compare(homeRegion.trimmed(), Qt::CaseInsensitive) == 0;
    util().Format(number, home ? pn::PhoneNumberUtil::NATIONAL : pn::PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNumber::international() const
{
    pn::PhoneNumber number;
    if (!parseE164(m_e164, &number))
        return {};
    std::string formatted;
    util().Format(number, pn::PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace Rebound::Core
