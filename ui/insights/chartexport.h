#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Rebound::Ui {

// Asks where to save a file; an empty answer means the user cancelled. The default shows
// QFileDialog; tests install one that answers at once, so no dialog ever blocks them.
using SavePathChooser = std::function<QString(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                              const QString &filter)>;
SavePathChooser defaultSavePathChooser();

// Writing a chart out: the picture as PNG, the numbers behind it as CSV.
namespace ChartExport {

// Renders `widget` (a chart view) as it is on screen and saves it.
bool savePng(QWidget *widget, const QString &path, QString *error);
// RFC 4180: fields holding commas, quotes or line breaks are quoted; lines end with CRLF.
QString toCsv(const QList<QStringList> &rows);
bool saveCsv(const QList<QStringList> &rows, const QString &path, QString *error);

} // namespace ChartExport

} // namespace Rebound::Ui
