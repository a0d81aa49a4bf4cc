#pragma once

#include "config/openinghours.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace Rebound::Ui {

// Opening hours edited in place: open or closed and from–to per weekday, the
// time zone, and the dates the business is closed (holidays). Says what is
// wrong instead of passing on hours that make no sense.
class OpeningHoursEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpeningHoursEdit)

public:
    explicit OpeningHoursEdit(QWidget *parent = nullptr);
    ~OpeningHoursEdit() override;

    // Shows `hours` without emitting hoursEdited().
    void setHours(const Core::OpeningHours &hours);
    // The hours as edited; nothing, with a sentence in *error, when they make no sense.
    std::optional<Core::OpeningHours> hours(QString *error = nullptr) const;
    // The hours in the reader's language ("Mon–Fri 7:00 AM–6:00 PM").
    static QString summary(const Core::OpeningHours &hours);

Q_SIGNALS:
    // Each edit that leaves sensible hours.
    void hoursEdited(const Rebound::Core::OpeningHours &hours);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct DayRow
    {
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
        QList<Core::OpeningHours::Span> loaded; // as set; kept until the row is edited
        bool edited = false;
    };

    void onEdited(int dayOfWeek);
    void showClosures();
    void retranslate();

    std::array<DayRow, 7> m_days;
    QComboBox *m_timeZone = nullptr;
    QDateEdit *m_closureDate = nullptr;
    QPushButton *m_addClosure = nullptr;
    QPushButton *m_removeClosure = nullptr;
    QListWidget *m_closureList = nullptr;
    QLabel *m_timeZoneLabel = nullptr;
    QLabel *m_closuresLabel = nullptr;
    QLabel *m_error = nullptr;
    QList<QDate> m_closures;
    bool m_loading = false;
};

} // namespace Rebound::Ui
