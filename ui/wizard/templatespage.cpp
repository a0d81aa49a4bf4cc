#include "templatespage.h"

#include "setupstate.h"

#include "domain/smssegments.h"
#include "engine/textbackpolicy.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rebound::Ui {

namespace {
// The caller's name in the preview: a name shows how {first_name} reads.
const QString kSampleCaller = QStringLiteral("Dana");
// Past two segments a text-back costs more and reads like a wall of text.
constexpr int kMaxComfortableSegments = 2;
} // namespace

TemplatesPage::TemplatesPage(SetupState &state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("templatesPage"));
    setTitle(tr("The text-back messages"));
    setSubTitle(tr("{business} becomes your business name and {first_name} the caller's first name when Rebound "
                   "knows it."));

    auto makeEditor = [this](const char *objectName, const QString &text, const QString &accessibleName) {
        auto *editor = new QPlainTextEdit(text, this);
        editor->setObjectName(QString::fromLatin1(objectName));
        editor->setAccessibleName(accessibleName);
        editor->setTabChangesFocus(true); // Tab moves on, as in every other field of the wizard
        editor->setMaximumHeight(editor->fontMetrics().lineSpacing() * 5);
        editor->installEventFilter(this);
        connect(editor, &QPlainTextEdit::textChanged, this, [this, editor] {
            preview(editor);
            Q_EMIT completeChanged();
        });
        return editor;
    };
    m_businessHours = makeEditor("businessHoursTemplate", state.businessHoursTemplate, tr("Business hours message"));
    m_afterHours = makeEditor("afterHoursTemplate", state.afterHoursTemplate, tr("After hours message"));

    auto makeRestore = [this](const char *objectName, QPlainTextEdit *editor, const QString &text) {
        auto *button = new QPushButton(tr("Restore default"), this);
        button->setObjectName(QString::fromLatin1(objectName));
        button->setAccessibleName(tr("Restore the default %1").arg(editor->accessibleName().toLower()));
        connect(button, &QPushButton::clicked, editor, [editor, text] { editor->setPlainText(text); });
        return button;
    };
    auto *grid = new QGridLayout;
    auto *hoursLabel = new QLabel(tr("During &business hours:"), this);
    hoursLabel->setBuddy(m_businessHours);
    auto *afterLabel = new QLabel(tr("&After hours:"), this);
    afterLabel->setBuddy(m_afterHours);
    grid->addWidget(hoursLabel, 0, 0);
    grid->addWidget(
        makeRestore("restoreBusinessHoursButton", m_businessHours, Core::TextBackRules::defaultBusinessHoursTemplate()),
        0, 1, Qt::AlignRight);
    grid->addWidget(m_businessHours, 1, 0, 1, 2);
    grid->addWidget(afterLabel, 2, 0);
    grid->addWidget(
        makeRestore("restoreAfterHoursButton", m_afterHours, Core::TextBackRules::defaultAfterHoursTemplate()), 2, 1,
        Qt::AlignRight);
    grid->addWidget(m_afterHours, 3, 0, 1, 2);

    auto *previewBox = new QFrame(this);
    previewBox->setFrameShape(QFrame::StyledPanel);
    previewBox->setBackgroundRole(QPalette::AlternateBase);
    previewBox->setAutoFillBackground(true);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_previewTitle = new QLabel(previewBox);
    m_previewTitle->setObjectName(QStringLiteral("templatePreviewTitle"));
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_preview = new QLabel(previewBox);
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setAccessibleName(tr("Preview"));
    m_counter = new QLabel(previewBox);
    m_counter->setObjectName(QStringLiteral("segmentCounter"));
    m_counter->setTextFormat(Qt::PlainText);
    m_counter->setWordWrap(true);
    m_counter->setAccessibleName(tr("Length"));
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_counter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(previewBox);
    layout->addStretch(1);
    m_previewed = m_businessHours;
}

TemplatesPage::~TemplatesPage() = default;

void TemplatesPage::initializePage()
{
    // The business name may have just changed on the previous page.
    preview(m_previewed);
}

bool TemplatesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_businessHours || watched == m_afterHours))
        preview(static_cast<QPlainTextEdit *>(watched));
    return QWizardPage::eventFilter(watched, event);
}

QString TemplatesPage::segmentText(const QString &message)
{
    const Core::SmsSegments s = Core::SmsSegments::measure(message);
    if (s.segments == 0)
        return tr("The message is empty.");
    const bool gsm = s.encoding == Core::SmsSegments::Encoding::Gsm7;
    QString text = s.segments == 1
        ? tr("Fits in one text, with %n character(s) to spare.", nullptr, s.unitsLeftInSegment)
        : tr("Sent as %n texts.", nullptr, s.segments);
    if (!gsm)
        text += QLatin1Char(' ')
            + tr("It has characters outside the basic SMS alphabet (an emoji, curly quotes or accents), so each "
                 "text holds 70 characters instead of 160.");
    if (s.segments > kMaxComfortableSegments)
        text += QLatin1Char(' ')
            + tr("Warning: this is long. Carriers bill each of the %n texts, and a short first text gets more "
                 "replies. Try to keep it to 2.",
                 nullptr, s.segments);
    return text;
}

void TemplatesPage::preview(QPlainTextEdit *editor)
{
    if (!editor)
        return;
    m_previewed = editor;
    const QString business = m_state.business.name.isEmpty() ? tr("your business") : m_state.business.name;
    const QString rendered = Core::renderTemplate(editor->toPlainText(), business, kSampleCaller);
    m_previewTitle->setText(editor == m_businessHours
                                ? tr("Preview during business hours, to a caller named %1:").arg(kSampleCaller)
                                : tr("Preview after hours, to a caller named %1:").arg(kSampleCaller));
    m_preview->setText(rendered);
    QString counter = segmentText(rendered);
    // Carriers filter texts that don't offer a way out (CTIA guidance).
    if (!rendered.isEmpty() && !rendered.contains(QStringLiteral("STOP"), Qt::CaseInsensitive))
        counter += QLatin1Char(' ') + tr("Tip: end with \"Reply STOP to opt out.\"");
    m_counter->setText(counter);
}

bool TemplatesPage::isComplete() const
{
    return !m_businessHours->toPlainText().trimmed().isEmpty() && !m_afterHours->toPlainText().trimmed().isEmpty();
}

bool TemplatesPage::validatePage()
{
    if (!isComplete())
        return false;
    m_state.businessHoursTemplate = m_businessHours->toPlainText().trimmed();
    m_state.afterHoursTemplate = m_afterHours->toPlainText().trimmed();
    return true;
}

} // namespace Rebound::Ui
