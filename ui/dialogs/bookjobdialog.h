#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace Rebound::Ui {

// Asks what a booked job is worth, so the insights can count recovered revenue.
class BookJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookJobDialog)

public:
    // Answers ask() without a window (tests); nullopt means the person cancelled.
    using Asker = std::function<std::optional<qint64>(const QString &customer)>;

    explicit BookJobDialog(const QString &customer, QWidget *parent = nullptr);
    ~BookJobDialog() override;

    qint64 jobValueCents() const;
    void setJobValueCents(qint64 cents);
    bool isValueAcceptable() const;

    // Shows the dialog modally; the value in cents, or nullopt when cancelled.
    static std::optional<qint64> ask(QWidget *parent, const QString &customer);
    static void setAsker(Asker asker);

private:
    void updateAcceptable();

    QDoubleSpinBox *m_value = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Rebound::Ui
