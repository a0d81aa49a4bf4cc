#include "insightsformat.h"

#include <QLocale>

namespace Rebound::Ui {

using namespace Rebound::Core;

namespace {

// A locale writing "2.5" reads input as the CLI does ("1,200.50"); one writing "2,5" gets its own
// separators mapped to that form first, so "1.200,50" means what its user meant.
QString normalized(const QString &text)
{
    const QLocale locale;
    const QString point = locale.decimalPoint();
    QString t = text.trimmed();
    if (point == QLatin1String(".")) {
        const QString group = locale.groupSeparator();
        if (group != QLatin1String(",") && !group.isEmpty())
            t.remove(group);
        return t;
    }
    t.remove(locale.groupSeparator());
    t.remove(QChar(0x00a0)); // non-breaking spaces that several locales group with
    t.replace(point, QStringLiteral("."));
    return t;
}

QString localized(const QString &cFormat)
{
    QString t = cFormat;
    t.replace(QLatin1Char('.'), QLocale().decimalPoint());
    return t;
}

} // namespace

QString InsightsFormat::money(qint64 cents)
{
    // Whole dollars as the page writes them ("$2,940"); cents only when there are some.
    const int precision = cents % 100 == 0 ? 0 : 2;
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), precision);
}

QString InsightsFormat::hundredths(qint64 value)
{
    const int precision = value % 100 == 0 ? 0 : (value % 10 == 0 ? 1 : 2);
    return QLocale().toString(double(value) / 100.0, 'f', precision);
}

QString InsightsFormat::percent(double fraction)
{
    const double value = fraction * 100.0;
    const int precision = qFuzzyCompare(value + 1.0, double(qRound(value)) + 1.0) ? 0 : 1;
    const QLocale locale;
    return locale.toString(value, 'f', precision) + locale.percent();
}

QString InsightsFormat::duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        const qint64 rest = seconds % 60;
        return rest == 0 ? tr("%1 min").arg(seconds / 60) : tr("%1 min %2 s").arg(seconds / 60).arg(rest);
    }
    const qint64 minutes = (seconds % 3600) / 60;
    return minutes == 0 ? tr("%1 h").arg(seconds / 3600) : tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
}

QString InsightsFormat::inputText(Field field, const RoiInputs &in)
{
    switch (field) {
    case Field::LeadsPerWeek:
        return localized(in.leadsPerWeek.toString());
    case Field::MissedCallsPerWeek:
        return localized(in.missedCallsPerWeek.toString());
    case Field::LeadShare:
        return localized(Fixed6::fromMicros(in.leadShare.micros() * 100).toString()) + QLocale().percent();
    case Field::RecoveryRate:
        return localized(Fixed6::fromMicros(in.recoveryRate.micros() * 100).toString()) + QLocale().percent();
    case Field::JobValue:
        return localized(Fixed6::fromMicros(in.jobValueCents * (Fixed6::scale / 100)).toString());
    }
    return {};
}

std::optional<Fixed6> InsightsFormat::parseQuantity(const QString &text, RoiInputError *error)
{
    return parseRoiQuantity(normalized(text), error);
}

std::optional<Fixed6> InsightsFormat::parseRate(const QString &text, RoiInputError *error)
{
    QString t = normalized(text);
    t.replace(QLocale().percent(), QStringLiteral("%"));
    return parseRoiRate(t, error);
}

std::optional<qint64> InsightsFormat::parseMoney(const QString &text, RoiInputError *error)
{
    return parseRoiMoneyCents(normalized(text), error);
}

QString InsightsFormat::problem(Field field, const QString &text, RoiInputError error)
{
    QString name;
    switch (field) {
    case Field::LeadsPerWeek:
        name = tr("Leads per week");
        break;
    case Field::MissedCallsPerWeek:
        name = tr("Missed calls per week");
        break;
    case Field::LeadShare:
        name = tr("Share that are leads");
        break;
    case Field::RecoveryRate:
        name = tr("Recovery rate");
        break;
    case Field::JobValue:
        name = tr("Average job value");
        break;
    }
    const QString shown = text.trimmed();
    switch (error) {
    case RoiInputError::None:
        return {};
    case RoiInputError::Empty:
        return tr("%1: enter a number.").arg(name);
    case RoiInputError::NotANumber:
        return tr("%1: “%2” is not a number.").arg(name, shown);
    case RoiInputError::Negative:
        return tr("%1 cannot be negative.").arg(name);
    case RoiInputError::TooPrecise:
        return field == Field::JobValue
            ? tr("%1: use whole cents.").arg(name)
            : tr("%1: “%2” has more decimal places than the calculator keeps.").arg(name, shown);
    case RoiInputError::TooLarge:
        return field == Field::JobValue
            ? tr("%1 is above %2, the most the calculator accepts.").arg(name, money(RoiCalculator::maxJobValueCents))
            : tr("%1 is above %2 a week, the most the calculator accepts.")
                  .arg(name, QLocale().toString(RoiCalculator::maxPerWeek));
    case RoiInputError::RateOver100:
        return tr("%1 cannot be over 100%2: write 35 or 35%2 for thirty-five percent.").arg(name, QLocale().percent());
    }
    return {};
}

QString InsightsFormat::csvMoney(qint64 cents)
{
    return QString::number(cents / 100) + QLatin1Char('.')
        + QString::number(cents % 100).rightJustified(2, QLatin1Char('0'));
}

} // namespace Rebound::Ui
