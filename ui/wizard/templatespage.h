#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Rebound::Ui {

struct SetupState;

// The two text-back messages (business hours, after hours), with a live
// preview as a caller named Dana would get it and an SMS segment counter.
class TemplatesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPage)

public:
    TemplatesPage(SetupState &state, QWidget *parent = nullptr);
    ~TemplatesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // "1 text message (112 of 160 characters)…", with a warning past two segments.
    static QString segmentText(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void preview(QPlainTextEdit *editor);

    SetupState &m_state;
    QPlainTextEdit *m_businessHours = nullptr;
    QPlainTextEdit *m_afterHours = nullptr;
    QPlainTextEdit *m_previewed = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_counter = nullptr;
};

} // namespace Rebound::Ui
