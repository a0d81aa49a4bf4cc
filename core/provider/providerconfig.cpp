#include "providerconfig.h"

namespace Rebound::Core {

QUrl ProviderConfig::normalizeBaseUrl(const QString &text, QString *error)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        if (error)
            *error = QStringLiteral("\"%1\" is not a web address the provider can be reached at.").arg(text);
        return {};
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // People paste the versioned API root from provider docs; the client adds it itself.
    if (path.endsWith(QLatin1String("/2010-04-01")))
        path.chop(int(qstrlen("/2010-04-01")));
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl ProviderConfig::signalWireBaseUrl(const QString &space)
{
    QString host = space.trimmed();
    if (!host.contains(QLatin1Char('.')))
        host += QStringLiteral(".signalwire.com");
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/api/laml"));
    return url;
}

} // namespace Rebound::Core
