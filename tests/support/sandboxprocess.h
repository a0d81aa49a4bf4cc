#pragma once

#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

namespace Rebound::Test {

// `rebound-cli sandbox --scenario quiet` as a process of its own, as users run it, with its
// control API and its message list at hand. Tests of the command line drive their engines
// against it.
class SandboxProcess
{
public:
    // Starts it; false (with the reason in `error`) when it did not say where it listens.
    bool start(const QString &token, QString *error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REBOUND_AUTH_TOKEN"), token);
        m_token = token;
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(REBOUND_CLI_PATH),
                        {QStringLiteral("sandbox"), QStringLiteral("--scenario"), QStringLiteral("quiet")});
        if (!m_process.waitForStarted()) {
            *error = m_process.errorString();
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < 15000)
            m_process.waitForReadyRead(100);
        const QJsonObject started = QJsonDocument::fromJson(m_process.readLine().trimmed()).object();
        m_baseUrl = started.value(QStringLiteral("base_url")).toString();
        if (started.value(QStringLiteral("event")).toString() != QLatin1String("sandbox_started")
            || !m_baseUrl.startsWith(QLatin1String("http://127.0.0.1:"))) {
            *error =
                QStringLiteral("the sandbox did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        return true;
    }

    // Stops it the way a person does (SIGTERM); true when it exited cleanly.
    bool stop()
    {
        m_process.terminate();
        return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }

    QProcess &process() { return m_process; }
    const QString &baseUrl() const { return m_baseUrl; }

    // A request to the control API (/sandbox/...); the answer's body.
    QByteArray control(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(m_baseUrl + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    void placeMissedCall(const QString &from)
    {
        control("POST", QStringLiteral("/sandbox/calls"),
                QStringLiteral(R"({"from":"%1","outcome":"missed","ring_ms":100})").arg(from).toUtf8());
    }

    // The bodies the sandbox holds for texts sent to `to`, read from its REST API.
    QStringList bodiesTo(const QString &to)
    {
        QNetworkRequest request(QUrl(m_baseUrl
                                     + QStringLiteral("/2010-04-01/Accounts/%1/Messages.json?To=%2")
                                           .arg(QString::fromLatin1(Core::SandboxServer::demoAccountSid),
                                                QString::fromLatin1(QUrl::toPercentEncoding(to)))));
        request.setRawHeader(
            "Authorization",
            "Basic " + QByteArray(QByteArray(Core::SandboxServer::demoAccountSid) + ':' + m_token.toUtf8()).toBase64());
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        QStringList bodies;
        const QJsonArray messages =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &m : messages)
            bodies.append(m.toObject().value(QStringLiteral("body")).toString());
        reply->deleteLater();
        return bodies;
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_nam;
    QString m_baseUrl;
    QString m_token;
};

} // namespace Rebound::Test
