#include "bookjobdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rebound::Ui {

namespace {
BookJobDialog::Asker &asker()
{
    static BookJobDialog::Asker hook;
    return hook;
}

// A job bigger than this is almost certainly a typo (an extra zero or two).
constexpr double kMaxJobValue = 1000000.0;
} // namespace

BookJobDialog::BookJobDialog(const QString &customer, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bookJobDialog"));
    setWindowTitle(tr("Book the job"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        customer.isEmpty() ? tr("What is the job worth?") : tr("What is the job for %1 worth?").arg(customer), this);
    intro->setObjectName(QStringLiteral("bookJobIntro"));
    intro->setTextFormat(Qt::PlainText); // a customer's name is never markup
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_value = new QDoubleSpinBox(this);
    m_value->setObjectName(QStringLiteral("jobValueSpin"));
    m_value->setDecimals(2);
    m_value->setRange(0.0, kMaxJobValue);
    m_value->setSingleStep(10.0);
    m_value->setGroupSeparatorShown(true);
    m_value->setAccessibleName(tr("Job value"));
    // Put the currency symbol where the locale writes it ("$ 120.00" or "120,00 €").
    const QLocale locale;
    const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    const bool symbolFirst = locale.toCurrencyString(1.0).startsWith(symbol);
    if (!symbol.isEmpty() && symbolFirst) // the C locale has no symbol: plain digits
        m_value->setPrefix(symbol + QLatin1Char(' '));
    else if (!symbol.isEmpty())
        m_value->setSuffix(QLatin1Char(' ') + symbol);
    auto *form = new QFormLayout;
    form->addRow(tr("&Job value:"), m_value);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("jobValueHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("bookJobButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValueAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &BookJobDialog::updateAcceptable);
    updateAcceptable();
    m_value->selectAll();
    m_value->setFocus();
}

BookJobDialog::~BookJobDialog() = default;

qint64 BookJobDialog::jobValueCents() const
{
    return qRound64(m_value->value() * 100.0);
}

void BookJobDialog::setJobValueCents(qint64 cents)
{
    m_value->setValue(double(cents) / 100.0);
}

bool BookJobDialog::isValueAcceptable() const
{
    return jobValueCents() > 0;
}

void BookJobDialog::updateAcceptable()
{
    const bool ok = isValueAcceptable();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_hint->setText(ok ? QString() : tr("Enter what the customer will pay; it must be more than zero."));
}

std::optional<qint64> BookJobDialog::ask(QWidget *parent, const QString &customer)
{
    if (asker())
        return asker()(customer);
    BookJobDialog dialog(customer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.jobValueCents();
}

void BookJobDialog::setAsker(Asker hook)
{
    asker() = std::move(hook);
}

} // namespace Rebound::Ui
