#include "sandboxthread.h"
#include "selftestdemo.h"

#include "dialogs/selftestdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace Rebound;
using Core::SandboxServer;
using Rebound::Test::SandboxThread;

namespace {
const QString &kLine = Rebound::Test::kDemoLine;
const QString &kOffice = Rebound::Test::kDemoOffice;
} // namespace

// "Test my setup" as the owner meets it: the price first, then each step as it passes or fails.
class TestSelfTestDialog final : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;

    Core::SelfTestOptions options(const QString &ownerCell = Rebound::Test::kDemoOwner) const
    {
        Core::SelfTestOptions o = Rebound::Test::demoSelfTestOptions(QStringLiteral("Demo Plumbing"));
        o.ownerCell = ownerCell;
        return o;
    }

    int placedCalls()
    {
        const QList<Core::Call> calls = m_sandbox->calls();
        return int(std::count_if(calls.begin(), calls.end(),
                                 [](const Core::Call &c) { return c.direction == QLatin1String("outbound-api"); }));
    }

    template<typename T> static T *child(QDialog &dialog, const char *name)
    {
        auto *w = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }

    static QStringList states(QDialog &dialog)
    {
        QStringList out;
        auto *steps = child<QListWidget>(dialog, "selfTestSteps");
        for (int i = 0; i < steps->count(); ++i)
            out.append(steps->item(i)->data(Qt::UserRole).toString() + QLatin1Char(':')
                       + steps->item(i)->data(Qt::UserRole + 1).toString());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxThread>();
        m_sandbox->run([](SandboxServer &s) {
            s.setMessageTimings(20, 40);
            s.setCarrierLine({kOffice, kLine, 300});
        });
    }

    void cleanup() { m_sandbox.reset(); }

    void priceFirst_thenEveryStepPasses()
    {
        Ui::SelfTestDialog dialog(m_sandbox->config(), options());
        dialog.show();
        QVERIFY(child<QLabel>(dialog, "selfTestNotice")->text().contains(QStringLiteral("few cents")));
        QCOMPARE(child<QLineEdit>(dialog, "selfTestCallNumber")->text(), QStringLiteral("(512) 555-0180"));
        QCOMPARE(child<QListWidget>(dialog, "selfTestSteps")->count(), 0);
        QCOMPARE(placedCalls(), 0); // nothing happens until the owner agrees
        QSignalSpy finished(&dialog, &Ui::SelfTestDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "selfTestStartButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QCOMPARE(
            states(dialog).join(QLatin1Char(',')),
            QStringLiteral("account:passed,call:passed,reached:passed,judged:passed,text:passed,delivered:passed"));
        QVERIFY(child<QLabel>(dialog, "selfTestResult")->text().startsWith(QStringLiteral("Your setup works")));
        QCOMPARE(placedCalls(), 1);
        QVERIFY(child<QPushButton>(dialog, "selfTestStartButton")->isEnabled()); // can test again
    }

    void forwardingOff_theFailingStepSaysWhatToFix()
    {
        m_sandbox->run([](SandboxServer &s) { s.setCarrierLine({kOffice, QString(), 300}); });
        Ui::SelfTestDialog dialog(m_sandbox->config(), options());
        dialog.show();
        QSignalSpy finished(&dialog, &Ui::SelfTestDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "selfTestStartButton"), Qt::LeftButton);
        QVERIFY(finished.wait(40000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(states(dialog).constLast(), QStringLiteral("reached:failed"));
        auto *steps = child<QListWidget>(dialog, "selfTestSteps");
        QVERIFY(steps->item(steps->count() - 1)->text().contains(QStringLiteral("not forwarding unanswered calls")));
        QVERIFY(child<QLabel>(dialog, "selfTestResult")->isVisible());
    }

    void nonsenseNumber_orNoCell_cannotStart()
    {
        {
            Ui::SelfTestDialog dialog(m_sandbox->config(), options());
            auto *number = child<QLineEdit>(dialog, "selfTestCallNumber");
            number->setText(QStringLiteral("call the office"));
            QVERIFY(!child<QPushButton>(dialog, "selfTestStartButton")->isEnabled());
            QVERIFY(!child<QLabel>(dialog, "selfTestCallNumberError")->text().isEmpty());
            number->setText(QStringLiteral("512-555-0180"));
            QVERIFY(child<QPushButton>(dialog, "selfTestStartButton")->isEnabled());
        }
        Ui::SelfTestDialog noCell(m_sandbox->config(), options(QString()));
        QVERIFY(!child<QPushButton>(noCell, "selfTestStartButton")->isEnabled());
        QVERIFY(child<QLabel>(noCell, "selfTestNotice")->text().contains(QStringLiteral("cell number")));
    }

    void closingMidTest_stopsIt()
    {
        m_sandbox->run([](SandboxServer &s) { s.setCarrierLine({kOffice, QString(), 300}); });
        auto dialog = std::make_unique<Ui::SelfTestDialog>(m_sandbox->config(), options());
        dialog->show();
        QTest::mouseClick(child<QPushButton>(*dialog, "selfTestStartButton"), Qt::LeftButton);
        QTRY_VERIFY(states(*dialog).contains(QStringLiteral("call:passed")));
        QElapsedTimer clock;
        clock.start();
        dialog.reset(); // waits for the run, which stops at its next look
        QVERIFY2(clock.elapsed() < 5000, "closing the dialog stopped the test");
    }
};

QTEST_MAIN(TestSelfTestDialog)
#include "tst_selftestdialog.moc"
