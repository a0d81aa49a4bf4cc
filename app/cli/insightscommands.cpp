#include "insightscommands.h"

#include "clioutput.h"

#include "insights/dashboardstats.h"
#include "insights/roicalculator.h"

#include <QCommandLineParser>
#include <QDate>
#include <QLocale>

#include <cstdio>
#include <optional>

namespace Rebound::Cli {

using namespace Rebound::Core;

namespace {

constexpr int kDefaultReportDays = 30;

enum class Kind { Quantity, Rate, Money };

QString problem(const QString &option, const QString &text, Kind kind, RoiInputError error)
{
    const QString name = QStringLiteral("--") + option;
    switch (error) {
    case RoiInputError::None:
        break;
    case RoiInputError::Empty:
        return QStringLiteral("%1 needs a value.").arg(name);
    case RoiInputError::NotANumber:
        switch (kind) {
        case Kind::Quantity:
            return QStringLiteral("%1 \"%2\" is not a number; give a count such as 6 or 2.5.").arg(name, text);
        case Kind::Rate:
            return QStringLiteral("%1 \"%2\" is not a number; give a fraction such as 0.35 or a percentage such as "
                                  "35%.")
                .arg(name, text);
        case Kind::Money:
            return QStringLiteral("%1 \"%2\" is not an amount; give dollars such as 350 or 1,200.50.").arg(name, text);
        }
        break;
    case RoiInputError::Negative:
        return QStringLiteral("%1 cannot be negative.").arg(name);
    case RoiInputError::TooPrecise:
        return kind == Kind::Money
            ? QStringLiteral("%1 \"%2\" has fractions of a cent.").arg(name, text)
            : QStringLiteral("%1 \"%2\" has more decimal places than the calculator keeps.").arg(name, text);
    case RoiInputError::TooLarge:
        return kind == Kind::Money ? QStringLiteral("%1 is above the $10,000,000 the calculator accepts.").arg(name)
                                   : QStringLiteral("%1 is above the %2 a week the calculator accepts.")
                                         .arg(name, QLocale(QLocale::English).toString(RoiCalculator::maxPerWeek));
    case RoiInputError::RateOver100:
        return QStringLiteral("%1 \"%2\" is over 100%; give a fraction such as 0.35 or a percentage such as 35%.")
            .arg(name, text);
    }
    return QStringLiteral("%1 \"%2\" is not accepted.").arg(name, text);
}

template<typename T, typename Parse>
std::optional<T> option(const QCommandLineParser &parser, const QString &name, Kind kind, Parse parse)
{
    const QString text = parser.value(name);
    RoiInputError error = RoiInputError::None;
    const std::optional<T> value = parse(text, &error);
    if (!value)
        printError(problem(name, text, kind, error));
    return value;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    const QString text = parser.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        printError(QStringLiteral("--%1 \"%2\" is not a date; write it as YYYY-MM-DD.").arg(name, text));
        return std::nullopt;
    }
    return date;
}

} // namespace

int runRoi(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("What texting back missed callers is worth: leads a week × recovery rate × job value.\n"
                       "Convention: %1 (48 weeks); revenue_per_year_calendar uses 52 weeks.\n"
                       "Rates and shares take a fraction (0.35), a percentage (35%) or a plain number: a value\n"
                       "above 1 and at most 100 is read as a percentage, so 35 means 35% and 1 means 100%.")
            .arg(RoiCalculator::convention()));
    parser.addOptions({
        {QStringLiteral("leads-per-week"), QStringLiteral("Missed calls a week that were real leads."),
         QStringLiteral("N")},
        {QStringLiteral("missed-calls-per-week"),
         QStringLiteral("Missed calls a week, instead of --leads-per-week; needs --lead-share."), QStringLiteral("N")},
        {QStringLiteral("lead-share"), QStringLiteral("The share of missed calls that are real leads (0.6, 60, 60%)."),
         QStringLiteral("S")},
        {QStringLiteral("recovery-rate"),
         QStringLiteral("The share of those leads the text-back wins back (default 35%: an assumption; vendors "
                        "claim 18-55%)."),
         QStringLiteral("R"), QStringLiteral("35%")},
        {QStringLiteral("job-value"), QStringLiteral("Average job value in dollars (350, 1,200.50)."),
         QStringLiteral("V")},
    });
    int exitCode = ExitOk;
    parser.addHelpOption();
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;

    RoiInputs in;
    const bool byLeads = parser.isSet(QStringLiteral("leads-per-week"));
    const bool byMissed = parser.isSet(QStringLiteral("missed-calls-per-week"));
    // Two ways to say how many leads; exactly one of them, so no figure is silently ignored.
    if (byLeads == byMissed) {
        printError(byLeads ? QStringLiteral("Give either --leads-per-week or --missed-calls-per-week with "
                                            "--lead-share, not both.")
                           : QStringLiteral("--leads-per-week is required (or --missed-calls-per-week with "
                                            "--lead-share)."));
        return ExitUsage;
    }
    if (byLeads && parser.isSet(QStringLiteral("lead-share"))) {
        printError(QStringLiteral("--lead-share goes with --missed-calls-per-week, not with --leads-per-week."));
        return ExitUsage;
    }
    if (byMissed && !parser.isSet(QStringLiteral("lead-share"))) {
        printError(QStringLiteral("--missed-calls-per-week needs --lead-share: the share of them that are real "
                                  "leads."));
        return ExitUsage;
    }
    if (!parser.isSet(QStringLiteral("job-value"))) {
        printError(QStringLiteral("--job-value is required: the average job value in dollars."));
        return ExitUsage;
    }
    if (byLeads) {
        const auto leads = option<Fixed6>(parser, QStringLiteral("leads-per-week"), Kind::Quantity, parseRoiQuantity);
        if (!leads)
            return ExitUsage;
        in.leadsPerWeek = *leads;
    } else {
        const auto missed =
            option<Fixed6>(parser, QStringLiteral("missed-calls-per-week"), Kind::Quantity, parseRoiQuantity);
        if (!missed)
            return ExitUsage;
        const auto share = option<Fixed6>(parser, QStringLiteral("lead-share"), Kind::Rate, parseRoiRate);
        if (!share)
            return ExitUsage;
        in.source = RoiInputs::LeadSource::MissedCalls;
        in.missedCallsPerWeek = *missed;
        in.leadShare = *share;
    }
    const auto rate = option<Fixed6>(parser, QStringLiteral("recovery-rate"), Kind::Rate, parseRoiRate);
    if (!rate)
        return ExitUsage;
    in.recoveryRate = *rate;
    const auto value = option<qint64>(parser, QStringLiteral("job-value"), Kind::Money, parseRoiMoneyCents);
    if (!value)
        return ExitUsage;
    in.jobValueCents = *value;

    printJson(roiToJson(in, RoiCalculator::calculate(in)));
    return ExitOk;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The insights dashboard's figures as one JSON object, for a spreadsheet.\n"
                       "The period is whole days, both ends included, in the local time zone unless --utc;\n"
                       "without dates it is the last %1 days up to today.")
            .arg(kDefaultReportDays));
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The database: an SQLite file, or a postgresql:// URL."),
         QStringLiteral("PATH")},
        {QStringLiteral("from"), QStringLiteral("First day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("to"), QStringLiteral("Last day of the period (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("utc"), QStringLiteral("Count days in UTC rather than the local time zone.")},
    });
    int exitCode = ExitOk;
    parser.addHelpOption();
    if (!parseCommandLine(parser, arguments, &exitCode))
        return exitCode;
    const QString path = parser.value(QStringLiteral("db"));
    if (path.trimmed().isEmpty()) {
        printError(QStringLiteral("--db is required: the file where calls, texts and leads are kept."));
        return ExitUsage;
    }
    // Days are the owner's days by default; --utc makes a report that reads the same on any machine.
    const QTimeZone zone = parser.isSet(QStringLiteral("utc")) ? QTimeZone::utc() : QTimeZone::systemTimeZone();
    DashboardPeriod period =
        DashboardPeriod::lastDays(kDefaultReportDays, QDateTime::currentDateTimeUtc().toTimeZone(zone).date(), zone);
    if (parser.isSet(QStringLiteral("to"))) {
        const auto to = dateOption(parser, QStringLiteral("to"));
        if (!to)
            return ExitUsage;
        period = DashboardPeriod::lastDays(kDefaultReportDays, *to, zone);
    }
    if (parser.isSet(QStringLiteral("from"))) {
        const auto from = dateOption(parser, QStringLiteral("from"));
        if (!from)
            return ExitUsage;
        period.first = *from;
    }
    if (period.first > period.last) {
        printError(QStringLiteral("The period's first day %1 comes after its last day %2.")
                       .arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate)));
        return ExitUsage;
    }
    QString error;
    const auto figures = DashboardStats::computeAt(path, period, &error);
    if (!figures) {
        // Not a usage error: the command was right, the database is missing or unreadable.
        printError(error);
        return ExitFailure;
    }
    printJson(dashboardToJson(*figures));
    return ExitOk;
}

} // namespace Rebound::Cli
