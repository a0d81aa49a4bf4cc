#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QSet>
#include <QString>

namespace Rebound::Ui {

// Rows with a stable key, replaced by removes, moves and inserts instead of a
// reset, so a refreshed list keeps its selection, current row and scroll
// position (persistent indexes follow their rows).
template<typename Base, typename Row> class KeyedRowModel : public Base
{
public:
    using Base::Base;

    int rowCountOf() const { return int(m_rows.size()); }
    const QList<Row> &rows() const { return m_rows; }

    // The row holding `key`, or -1.
    int rowOfKey(const QString &key) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (keyOf(m_rows.at(i)) == key)
                return i;
        }
        return -1;
    }

protected:
    virtual QString keyOf(const Row &row) const = 0;
    virtual int lastColumn() const { return 0; }

    void resetRows(const QList<Row> &fresh)
    {
        this->beginResetModel();
        m_rows = fresh;
        this->endResetModel();
    }

    void replaceRows(const QList<Row> &fresh)
    {
        QSet<QString> freshKeys;
        for (const Row &row : fresh)
            freshKeys.insert(keyOf(row));
        // Duplicate keys would make the moves ambiguous; a first load has nothing to keep.
        if (freshKeys.size() != fresh.size() || m_rows.isEmpty() || fresh.isEmpty()) {
            resetRows(fresh);
            return;
        }
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (freshKeys.contains(keyOf(m_rows.at(i))))
                continue;
            const int last = i;
            while (i > 0 && !freshKeys.contains(keyOf(m_rows.at(i - 1))))
                --i;
            this->beginRemoveRows({}, i, last);
            m_rows.remove(i, last - i + 1);
            this->endRemoveRows();
        }
        QSet<QString> kept;
        for (const Row &row : std::as_const(m_rows))
            kept.insert(keyOf(row));
        for (int i = 0; i < fresh.size(); ++i) {
            const QString key = keyOf(fresh.at(i));
            if (i < m_rows.size() && keyOf(m_rows.at(i)) == key) {
                m_rows[i] = fresh.at(i);
                continue;
            }
            if (kept.contains(key)) {
                const int from = rowOfKey(key);
                this->beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                this->endMoveRows();
                m_rows[i] = fresh.at(i);
                continue;
            }
            int last = i;
            while (last + 1 < fresh.size() && !kept.contains(keyOf(fresh.at(last + 1))))
                ++last;
            this->beginInsertRows({}, i, last);
            for (int j = i; j <= last; ++j)
                m_rows.insert(j, fresh.at(j));
            this->endInsertRows();
            i = last;
        }
        // Kept rows may carry new values (unread counts, statuses): repaint them all at once.
        Q_EMIT this->dataChanged(this->index(0, 0), this->index(int(m_rows.size()) - 1, lastColumn()));
    }

    QList<Row> m_rows;
};

} // namespace Rebound::Ui
