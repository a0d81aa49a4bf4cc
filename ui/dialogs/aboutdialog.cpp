#include "aboutdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Rebound::Ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rebound"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/rebound.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(QStringLiteral("<b style=\"font-size:16pt\">Rebound</b>"), this);
    auto *version = new QLabel(versionLine(), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = new QLabel(tr("Texts back the callers you could not answer, and turns them into leads."), this);
    summary->setWordWrap(true);
    auto *copyright = new QLabel(QStringLiteral("© %1").arg(QStringLiteral(REBOUND_COPYRIGHT)), this);

    auto *heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(version);
    heading->addWidget(summary);
    heading->addWidget(copyright);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    auto *licence = new QPlainTextEdit(this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setReadOnly(true);
    QFile text(QStringLiteral(":/license.txt"));
    if (text.open(QIODevice::ReadOnly))
        licence->setPlainText(QString::fromUtf8(text.readAll()));
    licence->setMinimumSize(520, 220);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licence, 1);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionLine()
{
    return tr("Version %1 (Qt %2, %3)")
        .arg(QStringLiteral(REBOUND_VERSION), QString::fromLatin1(qVersion()), QSysInfo::buildAbi());
}

} // namespace Rebound::Ui
