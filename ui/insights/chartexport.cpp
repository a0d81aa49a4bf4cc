#include "chartexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

namespace Rebound::Ui {

SavePathChooser defaultSavePathChooser()
{
    return [](QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter) {
        return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
    };
}

namespace ChartExport {

bool savePng(QWidget *widget, const QString &path, QString *error)
{
    const QPixmap picture = widget ? widget->grab() : QPixmap();
    if (picture.isNull()) {
        if (error)
            *error = QCoreApplication::translate("ChartExport", "There is no picture to save.");
        return false;
    }
    if (!picture.save(path, "PNG")) {
        if (error)
            *error =
                QCoreApplication::translate("ChartExport", "Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString toCsv(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &field : row) {
            const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
            if (!quote) {
                fields.append(field);
                continue;
            }
            QString escaped = field;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            fields.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        }
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool saveCsv(const QList<QStringList> &rows, const QString &path, QString *error)
{
    // QSaveFile: a failed write never leaves half a file where the user expects the export.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(rows).toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ChartExport", "Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace ChartExport

} // namespace Rebound::Ui
