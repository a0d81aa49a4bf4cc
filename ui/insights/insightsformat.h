#pragma once

#include "insights/roicalculator.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Rebound::Ui {

// How the insights page writes and reads numbers: US dollars in the user's locale, and input
// that is either the C format the CLI takes ("1,200.50", "35%") or the user's own ("1.200,50").
class InsightsFormat
{
    Q_DECLARE_TR_FUNCTIONS(InsightsFormat)

public:
    enum class Field { LeadsPerWeek, MissedCallsPerWeek, LeadShare, RecoveryRate, JobValue };

    // "$2,940" for whole dollars, "$2,940.50" otherwise.
    static QString money(qint64 cents);
    // "2.1", "6": hundredths without trailing zeros.
    static QString hundredths(qint64 value);
    // "35 %" (as the locale writes percentages), up to one decimal.
    static QString percent(double fraction);
    // "8 s", "2 min 10 s", "1 h 5 min".
    static QString duration(qint64 ms);
    // What the form shows for a value it was given.
    static QString inputText(Field field, const Core::RoiInputs &inputs);

    static std::optional<Core::Fixed6> parseQuantity(const QString &text, Core::RoiInputError *error);
    static std::optional<Core::Fixed6> parseRate(const QString &text, Core::RoiInputError *error);
    static std::optional<qint64> parseMoney(const QString &text, Core::RoiInputError *error);
    // One sentence saying why `text` was refused for `field`.
    static QString problem(Field field, const QString &text, Core::RoiInputError error);

    // Plain "2940.00" for CSV files, whatever the locale: spreadsheets parse it everywhere.
    static QString csvMoney(qint64 cents);
};

} // namespace Rebound::Ui
