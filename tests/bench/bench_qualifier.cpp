#include "qualify/qualifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>
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
        // Whole passes over the corpora, each timed on its own. A shared machine's neighbours
        // only ever add time, so the fastest pass is the qualifier's own speed and the goal is
        // checked against it; the median and slowest show how much the machine disturbed.
        int replies = 0;
        qsizetype checksum = 0;
        QList<double> passRates;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            QElapsedTimer pass;
            pass.start();
            for (const ResponderInput &input : std::as_const(m_inputs)) {
                const ResponderOutput out = qualifier.respond(input);
                checksum += out.card.name.size() + (out.answer ? out.answer->size() : 0);
                ++replies;
            }
            passRates.append(double(m_inputs.size()) / (double(pass.nsecsElapsed()) / 1e9));
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::sort(passRates.begin(), passRates.end());
        const double median = passRates.at(passRates.size() / 2);
        std::printf("qualifier: %.0f replies/s on one thread, fastest of %lld passes (median %.0f, slowest %.0f); "
                    "%d replies in %.2f s in all (%lld replies in the corpora, checksum %lld)\n",
                    passRates.constLast(), static_cast<long long>(passRates.size()), median, passRates.constFirst(),
                    replies, seconds, static_cast<long long>(m_inputs.size()), static_cast<long long>(checksum));
        std::fflush(stdout);
        if (passRates.constLast() < 20000)
            std::printf("qualifier: below the goal of 20,000 replies/s on one core\n");
    }
};

QTEST_GUILESS_MAIN(BenchQualifier)
#include "bench_qualifier.moc"
