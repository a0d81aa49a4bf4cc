#include "twiliosignature.h"

#include <QByteArrayView>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <map>
#include <set>

namespace Rebound::Core::TwilioSignature {

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length of a Base64 SHA-1 digest is public; only the bytes are secret.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// Where the host[:port] part of "scheme://user@host:port/path?query" sits.
struct Authority
{
    qsizetype begin = -1; // first character after "://"
    qsizetype end = -1; // first '/', '?' or '#' after it, or the end of the string
    qsizetype portColon = -1; // the ':' before the port, -1 when no port is written
};

Authority findAuthority(const QString &url)
{
    Authority authority;
    const qsizetype separator = url.indexOf(QLatin1String("://"));
    if (separator <= 0)
        return authority;
    authority.begin = separator + 3;
    authority.end = url.size();
    for (qsizetype i = authority.begin; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u'/' || c == u'?' || c == u'#') {
            authority.end = i;
            break;
        }
    }
    // Skip credentials and an IPv6 literal, whose colons are not a port.
    qsizetype hostBegin = authority.begin;
    const qsizetype at = url.lastIndexOf(u'@', authority.end - 1);
    if (at >= authority.begin)
        hostBegin = at + 1;
    qsizetype searchFrom = hostBegin;
    if (hostBegin < authority.end && url.at(hostBegin) == u'[') {
        const qsizetype closing = url.indexOf(u']', hostBegin);
        if (closing < 0 || closing >= authority.end)
            return authority;
        searchFrom = closing;
    }
    const qsizetype colon = url.indexOf(u':', searchFrom);
    if (colon >= 0 && colon < authority.end)
        authority.portColon = colon;
    return authority;
}

QString withDefaultPort(const QString &url)
{
    const Authority authority = findAuthority(url);
    if (authority.begin < 0 || authority.portColon >= 0)
        return url;
    const bool https = url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
    QString result = url;
    result.insert(authority.end, https ? QLatin1String(":443") : QLatin1String(":80"));
    return result;
}

QString withoutPort(const QString &url)
{
    const Authority authority = findAuthority(url);
    if (authority.begin < 0 || authority.portColon < 0)
        return url;
    QString result = url;
    result.remove(authority.portColon, authority.end - authority.portColon);
    return result;
}

QString formDecode(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

QByteArray compute(const QString &authToken, const QString &url, const FormParams &params)
{
    // Twilio's helpers sort names, then each name's distinct values, by code
    // point; comparing UTF-8 bytes gives the same order.
    std::map<QByteArray, std::set<QByteArray>> sorted;
    for (const auto &[name, value] : params)
        sorted[name.toUtf8()].insert(value.toUtf8());

    QByteArray message = url.toUtf8();
    for (const auto &[name, values] : sorted) {
        for (const QByteArray &value : values) {
            message.append(name);
            message.append(value);
        }
    }
    return QMessageAuthenticationCode::hash(message, authToken.toUtf8(), QCryptographicHash::Sha1).toBase64();
}

bool validate(const QString &authToken, const QString &url, const FormParams &params, const QByteArray &signature)
{
    if (authToken.isEmpty() || signature.isEmpty())
        return false;
    // Twilio may sign the URL with or without the default port, depending on
    // how it was configured; twilio-python accepts either (FACTS §3.4).
    const QString candidates[] = {url, withDefaultPort(url), withoutPort(url)};
    bool valid = false;
    for (const QString &candidate : candidates)
        valid |= constantTimeEquals(compute(authToken, candidate, params), signature);
    return valid;
}

FormParams parseForm(const QByteArray &body)
{
    FormParams params;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('&', start);
        if (end < 0)
            end = body.size();
        const QByteArrayView pair(body.constData() + start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0)
                params.append({formDecode(pair), QString()});
            else
                params.append({formDecode(pair.first(equals)), formDecode(pair.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return params;
}

} // namespace Rebound::Core::TwilioSignature
