#pragma once

#include "../domain/account.h"
#include "../domain/call.h"
#include "../domain/message.h"
#include "providererror.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Rebound::Core::TwilioJson {

// Reading the 2010-04-01 API's JSON. Lenient where compatible providers
// differ (numbers as strings or numbers, UUID SIDs, "Sept" in dates); strict
// where the client depends on a field (a resource without a sid is refused).
std::optional<Account> parseAccount(const QJsonObject &o, QString *error);
std::optional<IncomingNumber> parseIncomingNumber(const QJsonObject &o, QString *error);
std::optional<Call> parseCall(const QJsonObject &o, QString *error);
std::optional<Message> parseMessage(const QJsonObject &o, QString *error);

// RFC 2822 ("Fri, 13 Aug 2010 01:16:24 +0000") to UTC; invalid when empty or unreadable.
QDateTime parseDate(const QJsonValue &v);
QString formatDate(const QDateTime &utc);
// An integer sent as a JSON number or a numeric string; `fallback` when null or empty.
int parseInt(const QJsonValue &v, int fallback);

// An error answer: Twilio's {code, message, more_info, status}, or the
// RFC 9457 shape some newer APIs use; anything else is judged by the status.
ProviderError parseError(int httpStatus, const QByteArray &body);
// A list page's next_page_uri resolved against the API's base URL; nullopt at
// the last page, and for a link off the API's host (credentials go with
// every request, so they must never be sent elsewhere).
std::optional<QUrl> nextPageUrl(const QUrl &baseUrl, const QString &nextPageUri);

// Writing the same shapes, with every field the spec lists (the sandbox).
QJsonObject toJson(const Account &a);
QJsonObject toJson(const IncomingNumber &n, const QString &accountSid);
QJsonObject toJson(const Call &c);
QJsonObject toJson(const Message &m);
// {code, message, more_info, status}
QJsonObject errorBody(int code, const QString &message, int httpStatus);

} // namespace Rebound::Core::TwilioJson
