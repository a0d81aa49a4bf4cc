#pragma once

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace Rebound::Core {
struct Lead;
}

namespace Rebound::Ui {

// The selected lead in full: every field of the card, the number as a
// tel: link, the questions the caller asked and what the job was worth.
class LeadCardWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadCardWidget)

public:
    explicit LeadCardWidget(QWidget *parent = nullptr);
    ~LeadCardWidget() override;

    // nullptr shows the "pick a card" hint.
    void setLead(const Core::Lead *lead, const QDateTime &nowUtc);

Q_SIGNALS:
    // The person activated the number's tel: link.
    void callRequested();

private:
    QLabel *addRow(const QString &objectName);

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_callBack = nullptr; // the text-back cannot reach the caller: why, and what to do
    QLabel *m_hint = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_job = nullptr;
    QLabel *m_urgency = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_bestTime = nullptr;
    QLabel *m_questions = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_called = nullptr;
};

} // namespace Rebound::Ui
