#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Rebound::Core::TwilioSignature {

using FormParams = QList<QPair<QString, QString>>; // decoded names and values, in any order

// Base64(HMAC-SHA1(token, url + sorted(name + value)...)), Twilio's X-Twilio-Signature.
QByteArray compute(const QString &authToken, const QString &url, const FormParams &params);

// Checks `signature` in constant time against the URL as given and with the
// default port added or removed, as Twilio's own helpers do.
bool validate(const QString &authToken, const QString &url, const FormParams &params, const QByteArray &signature);

// Parses an application/x-www-form-urlencoded body into decoded pairs.
FormParams parseForm(const QByteArray &body);

} // namespace Rebound::Core::TwilioSignature
