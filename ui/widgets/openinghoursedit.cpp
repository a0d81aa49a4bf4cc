#include "openinghoursedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace Rebound::Ui {

using Core::OpeningHours;
using Span = Core::OpeningHours::Span;

namespace {
const QTime kMidnight(0, 0);

bool isWholeDay(const Span &s)
{
    return s.open == kMidnight && s.close == kMidnight;
}

QList<QTime> times(const QList<Span> &spans)
{
    QList<QTime> out;
    for (const Span &s : spans)
        out << s.open << s.close;
    return out;
}
} // namespace

OpeningHoursEdit::OpeningHoursEdit(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout;
    const QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    for (int day = 1; day <= 7; ++day) {
        DayRow &row = m_days.at(day - 1);
        row.open = new QCheckBox(this);
        row.open->setObjectName(QStringLiteral("openCheck%1").arg(day));
        row.from = new QTimeEdit(this);
        row.from->setObjectName(QStringLiteral("openTime%1").arg(day));
        row.to = new QTimeEdit(this);
        row.to->setObjectName(QStringLiteral("closeTime%1").arg(day));
        for (QTimeEdit *edit : {row.from, row.to}) {
            edit->setDisplayFormat(timeFormat);
            edit->setKeyboardTracking(false); // judge "10:30" once typed, not "1" on the way
            connect(edit, &QTimeEdit::timeChanged, this, [this, day] { onEdited(day); });
        }
        connect(row.open, &QCheckBox::toggled, this, [this, day] { onEdited(day); });
        auto *dash = new QLabel(QStringLiteral("–"), this);
        grid->addWidget(row.open, day - 1, 0);
        grid->addWidget(row.from, day - 1, 1);
        grid->addWidget(dash, day - 1, 2);
        grid->addWidget(row.to, day - 1, 3);
    }
    grid->setColumnStretch(4, 1);

    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds()) {
        // Region/City ids only: the bare abbreviations (EST, UTC+5) hide daylight saving.
        if (zone.contains('/') && !zone.startsWith("Etc/"))
            m_timeZone->addItem(QString::fromLatin1(zone));
    }
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, [this] { onEdited(0); });
    m_timeZoneLabel = new QLabel(this);
    m_timeZoneLabel->setBuddy(m_timeZone);

    m_closureDate = new QDateEdit(QDate::currentDate(), this);
    m_closureDate->setObjectName(QStringLiteral("closureDateEdit"));
    m_closureDate->setCalendarPopup(true);
    m_addClosure = new QPushButton(this);
    m_addClosure->setObjectName(QStringLiteral("addClosureButton"));
    m_removeClosure = new QPushButton(this);
    m_removeClosure->setObjectName(QStringLiteral("removeClosureButton"));
    m_closureList = new QListWidget(this);
    m_closureList->setObjectName(QStringLiteral("closuresList"));
    m_closureList->setMaximumHeight(m_closureList->fontMetrics().lineSpacing() * 6);
    m_closuresLabel = new QLabel(this);
    m_closuresLabel->setBuddy(m_closureDate);
    connect(m_addClosure, &QPushButton::clicked, this, [this] {
        const QDate date = m_closureDate->date();
        if (m_closures.contains(date))
            return;
        m_closures.append(date);
        std::sort(m_closures.begin(), m_closures.end());
        showClosures();
        onEdited(0);
    });
    connect(m_removeClosure, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_closureList->currentItem();
        if (!item)
            return;
        m_closures.removeAll(item->data(Qt::UserRole).toDate());
        showClosures();
        onEdited(0);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("hoursError"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->hide();

    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_timeZoneLabel);
    zoneRow->addWidget(m_timeZone, 1);
    auto *closureRow = new QHBoxLayout;
    closureRow->addWidget(m_closureDate);
    closureRow->addWidget(m_addClosure);
    closureRow->addWidget(m_removeClosure);
    closureRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addLayout(zoneRow);
    layout->addWidget(m_closuresLabel);
    layout->addLayout(closureRow);
    layout->addWidget(m_closureList);
    retranslate();
    showClosures();
}

OpeningHoursEdit::~OpeningHoursEdit() = default;

void OpeningHoursEdit::setHours(const OpeningHours &hours)
{
    m_loading = true;
    for (int day = 1; day <= 7; ++day) {
        DayRow &row = m_days.at(day - 1);
        // No spans at all means always open: every day, all day.
        row.loaded = hours.spans.isEmpty() ? QList<Span>{{day, kMidnight, kMidnight}} : hours.spansOn(day);
        row.edited = false;
        row.open->setChecked(!row.loaded.isEmpty());
        row.from->setTime(row.loaded.isEmpty() ? QTime(8, 0) : row.loaded.front().open);
        row.to->setTime(row.loaded.isEmpty() ? QTime(17, 0) : row.loaded.back().close);
        row.from->setEnabled(!row.loaded.isEmpty());
        row.to->setEnabled(!row.loaded.isEmpty());
        row.open->setToolTip(row.loaded.size() > 1
                                 ? tr("Open %1. Changing this day's times replaces them with one span.")
                                       .arg(summary(OpeningHours{hours.timeZone, row.loaded, {}}))
                                 : QString());
    }
    const QString zone = QString::fromLatin1(hours.timeZone);
    const int index = m_timeZone->findText(zone);
    if (index >= 0)
        m_timeZone->setCurrentIndex(index);
    else
        m_timeZone->setCurrentText(zone);
    m_closures = hours.closures;
    showClosures();
    m_loading = false;
    QString error;
    this->hours(&error);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

std::optional<OpeningHours> OpeningHoursEdit::hours(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    OpeningHours h;
    h.timeZone = m_timeZone->currentText().trimmed().toLatin1();
    if (!QTimeZone::isTimeZoneIdAvailable(h.timeZone))
        return fail(tr("Choose a time zone from the list, e.g. America/Chicago."));
    for (int day = 1; day <= 7; ++day) {
        const DayRow &row = m_days.at(day - 1);
        if (!row.open->isChecked())
            continue;
        if (!row.edited && !row.loaded.isEmpty()) {
            h.spans += row.loaded;
            continue;
        }
        const QTime from = row.from->time();
        const QTime to = row.to->time();
        // Closing at 00:00 means midnight; anything else must come after opening.
        if (to != kMidnight && to <= from)
            return fail(tr("On %1 the closing time is not after the opening time. Close at 00:00 to stay open "
                           "until midnight.")
                            .arg(QLocale().dayName(day)));
        h.spans.append({day, from, to});
    }
    if (h.spans.isEmpty())
        return fail(tr("Keep at least one day open. With every day closed, each caller would get the after-hours "
                       "message."));
    h.closures = m_closures;
    if (error)
        error->clear();
    return h;
}

QString OpeningHoursEdit::summary(const OpeningHours &hours)
{
    if (hours.spans.isEmpty())
        return tr("Always open");
    const QLocale locale;
    auto spansText = [&locale](const QList<Span> &spans) {
        if (spans.size() == 1 && isWholeDay(spans.front()))
            return tr("all day");
        QStringList parts;
        for (const Span &s : spans)
            parts.append(tr("%1–%2").arg(locale.toString(s.open, QLocale::ShortFormat),
                                         s.close == kMidnight ? tr("midnight")
                                                              : locale.toString(s.close, QLocale::ShortFormat)));
        return parts.join(QStringLiteral(", "));
    };
    QStringList groups;
    int day = 1;
    while (day <= 7) {
        const QList<Span> first = hours.spansOn(day);
        int last = day;
        while (last < 7 && times(hours.spansOn(last + 1)) == times(first))
            ++last;
        if (!first.isEmpty()) {
            const QString days = last > day
                ? tr("%1–%2").arg(locale.dayName(day, QLocale::ShortFormat), locale.dayName(last, QLocale::ShortFormat))
                : locale.dayName(day, QLocale::ShortFormat);
            groups.append(tr("%1 %2").arg(days, spansText(first)));
        }
        day = last + 1;
    }
    return groups.join(QStringLiteral("; "));
}

void OpeningHoursEdit::onEdited(int dayOfWeek)
{
    if (m_loading)
        return;
    if (dayOfWeek > 0) {
        DayRow &row = m_days.at(dayOfWeek - 1);
        row.edited = true;
        row.open->setToolTip(QString());
        row.from->setEnabled(row.open->isChecked());
        row.to->setEnabled(row.open->isChecked());
    }
    QString error;
    const auto edited = hours(&error);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (edited)
        Q_EMIT hoursEdited(*edited);
}

void OpeningHoursEdit::showClosures()
{
    m_closureList->clear();
    const QLocale locale;
    for (const QDate &date : std::as_const(m_closures)) {
        auto *item = new QListWidgetItem(locale.toString(date, QLocale::LongFormat), m_closureList);
        item->setData(Qt::UserRole, date);
    }
    if (m_closures.isEmpty())
        m_closureList->addItem(tr("No closures: open as usual on holidays"));
    m_closureList->setEnabled(!m_closures.isEmpty());
    m_removeClosure->setEnabled(!m_closures.isEmpty());
}

void OpeningHoursEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OpeningHoursEdit::retranslate()
{
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        DayRow &row = m_days.at(day - 1);
        row.open->setText(locale.dayName(day));
        row.open->setAccessibleName(tr("Open on %1").arg(locale.dayName(day)));
        row.from->setAccessibleName(tr("Opening time on %1").arg(locale.dayName(day)));
        row.to->setAccessibleName(tr("Closing time on %1").arg(locale.dayName(day)));
    }
    m_timeZoneLabel->setText(tr("Time &zone:"));
    m_closuresLabel->setText(tr("Closed on these dates (holidays):"));
    m_addClosure->setText(tr("Add &closure"));
    m_removeClosure->setText(tr("Re&move"));
    m_closureDate->setAccessibleName(tr("Date the business is closed"));
    m_closureList->setAccessibleName(tr("Closure dates"));
    showClosures();
}

} // namespace Rebound::Ui
