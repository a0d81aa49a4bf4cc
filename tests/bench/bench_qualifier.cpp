#include "qualify/qualifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cstdio>

using namespace Rebound::Core;

// Replies per second through the qualifier on one core, with each reply's real history and
// card (the qualifier re-reads the whole thread on every call, so longer threads cost more).
class BenchQualifier final : public QObject
{
    Q_OBJECT

    QList<ResponderInput> m_inputs;

    void load(const QString &path)
    {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        Qualifier qualifier;
        while (!file.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
            if (o.isEmpty())
                continue;
            ResponderInput input;
            const QJsonObject b = o.value(QStringLiteral("business")).toObject();
            input.business.name = b.value(QStringLiteral("name")).toString();
            input.business.trade = b.value(QStringLiteral("trade")).toString();
            input.history.append({ConversationTurn::From::Business,
                                  QStringLiteral("Hi, this is %1. Sorry we missed your call! What can we help you "
                                                 "with? Reply STOP to opt out.")
                                      .arg(input.business.name),
                                  {}});
            for (const QJsonValue &reply : o.value(QStringLiteral("replies")).toArray()) {
                input.reply = reply.toString();
                m_inputs.append(input);
                const ResponderOutput out = qualifier.respond(input);
                input.history.append({ConversationTurn::From::Caller, input.reply, {}});
                if (out.answer)
                    input.history.append({ConversationTurn::From::Business, *out.answer, {}});
                input.card = out.card;
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        load(QStringLiteral(REBOUND_SHARED_DIR "/qualify/dev.jsonl"));
        const QDir data(QStringLiteral(REBOUND_TEST_DATA_DIR "/qualify"));
        for (const QString &name : data.entryList({QStringLiteral("*.jsonl")}, QDir::Files))
            load(data.filePath(name));
        QVERIFY(!m_inputs.isEmpty());
    }

    void repliesPerSecond()
    {
        Qualifier qualifier;
        // Warm up: the vocabulary is compiled on first use.
        for (const ResponderInput &input : std::as_const(m_inputs))
            qualifier.respond(input);
        int replies = 0;
        qsizetype checksum = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000) {
            for (const ResponderInput &input : std::as_const(m_inputs)) {
                const ResponderOutput out = qualifier.respond(input);
                checksum += out.card.name.size() + (out.answer ? out.answer->size() : 0);
                ++replies;
            }
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double rate = replies / seconds;
        std::printf("qualifier: %d replies in %.2f s = %.0f replies/s on one thread (%lld replies in the corpora, "
                    "checksum %lld)\n",
                    replies, seconds, rate, static_cast<long long>(m_inputs.size()), static_cast<long long>(checksum));
        std::fflush(stdout);
        if (rate < 10000)
            std::printf("qualifier: below the goal of 10,000 replies/s on one core\n");
    }
};

QTEST_GUILESS_MAIN(BenchQualifier)
#include "bench_qualifier.moc"
