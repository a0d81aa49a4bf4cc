#pragma once

#include <QMetaType>
#include <QString>

namespace Rebound::Core {

// A telephone number held in E.164 form, parsed and formatted with
// libphonenumber. Default-constructed or failed parses are invalid.
class PhoneNumber
{
public:
    enum class Error { None, Empty, NotANumber, InvalidCountryCode, TooShort, TooLong, NotValidForRegion };

    PhoneNumber() = default;

    // Parses what a person typed ("(512) 555-0123", "+52 55 1234 5678",
    // "512.555.0123 ext 4"). `defaultRegion` is an ISO 3166 code ("US") used
    // when the text has no leading + or international prefix.
    static PhoneNumber parse(const QString &text, const QString &defaultRegion = QStringLiteral("US"),
                             Error *error = nullptr);
    // Accepts only a valid number already written in E.164 ("+15125550123").
    static PhoneNumber fromE164(const QString &e164, Error *error = nullptr);
    // One sentence a user can act on.
    static QString errorMessage(Error error);

    bool isValid() const { return !m_e164.isEmpty(); }
    QString e164() const { return m_e164; }
    QString regionCode() const;
    // National format when the number is in `homeRegion`, international otherwise.
    QString display(const QString &homeRegion = QStringLiteral("US")) const;
    QString international() const;

    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;

private:
    explicit PhoneNumber(QString e164)
        : m_e164(std::move(e164))
    { }

    QString m_e164;
};

} // namespace Rebound::Core

Q_DECLARE_METATYPE(Rebound::Core::PhoneNumber)
