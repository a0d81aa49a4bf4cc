#pragma once

#include "engine/responder.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Rebound::Ui {

// The business as callers hear about it, edited in place: name, trade,
// service area, the owner's first name and the answers to common questions.
// Hours and time zone are not here; OpeningHoursEdit has them.
class BusinessProfileEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessProfileEdit)

public:
    // The name goes into every text-back, so it has to fit in one.
    static constexpr int MaxNameLength = 60;

    explicit BusinessProfileEdit(QWidget *parent = nullptr);
    ~BusinessProfileEdit() override;

    // Shows `profile` without emitting profileEdited().
    void setProfile(const Core::BusinessProfile &profile);
    // Writes the fields edited here into `profile`, leaving its hours and time
    // zone alone; a name that is not acceptable leaves the saved one.
    void applyTo(Core::BusinessProfile &profile) const;

Q_SIGNALS:
    // A finished edit changed what applyTo() writes.
    void profileEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addLine(QFormLayout *form, const char *label, const char *objectName);
    void addRow(QFormLayout *form, const char *label, QWidget *field);
    // The trimmed name, or nothing with a sentence in *error.
    std::optional<QString> validName(QString *error = nullptr) const;
    void commit();
    void retranslate();

    Core::BusinessProfile m_shown; // as last set or emitted
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_trade = nullptr;
    QLineEdit *m_area = nullptr;
    QLineEdit *m_ownerName = nullptr;
    QLineEdit *m_licensing = nullptr;
    QLineEdit *m_emergency = nullptr;
    QLineEdit *m_pricing = nullptr;
    QList<std::pair<QLabel *, const char *>> m_labels; // retranslated on a language change
    bool m_loading = false;
};

} // namespace Rebound::Ui
