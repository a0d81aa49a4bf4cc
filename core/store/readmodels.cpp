#include "readmodels.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Rebound::Core {

namespace {
// The words of a search (letters and digits), at most 16 of them.
QStringList searchWords(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = words.globalMatch(text);
    while (it.hasNext() && out.size() < 16)
        out.append(it.next().captured(0));
    return out;
}
} // namespace

QString ReadModels::ftsQuery(const QString &text)
{
    // Each word quoted (so FTS operators in the text are just words) and prefix-matched.
    QStringList terms = searchWords(text);
    for (QString &term : terms)
        term = QLatin1Char('"') + term + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString ReadModels::tsQuery(const QString &text)
{
    QStringList terms = searchWords(text);
    for (QString &term : terms)
        term = term.toLower() + QStringLiteral(":*");
    return terms.join(QStringLiteral(" & "));
}

namespace {
// On PostgreSQL, more matching messages than this make a common word, found by walking the
// conversations newest first; on SQLite, this many of the newest matching messages are read.
constexpr int kFewMatches = 2000;
constexpr int kNewestMatches = 2000;

struct Candidate
{
    QString lastAt; // ISO text: sorts as time
    QString createdAt;
};
} // namespace

QString ReadModels::summarySql()
{
    return QStringLiteral(
        "SELECT c.id, c.business_number, c.caller, COALESCE(NULLIF(ct.name, ''), l.name), c.last_message_at, c.unread, "
        "c.automation,"
        " l.id, c.taken_over_by, l.score, ct.opted_out, ct.is_blocked, ct.is_vendor, ct.is_customer,"
        " (SELECT m.body FROM messages m WHERE m.conversation_id = c.id ORDER BY m.created_at DESC, m.id LIMIT 1),"
        " (SELECT m.direction FROM messages m WHERE m.conversation_id = c.id ORDER BY m.created_at DESC, m.id LIMIT 1)"
        " FROM conversations c LEFT JOIN contacts ct ON ct.e164 = c.caller"
        " LEFT JOIN leads l ON l.conversation_id = c.id");
}

QList<ConversationSummary> ReadModels::readSummaries(QSqlQuery &q)
{
    QList<ConversationSummary> out;
    while (q.next()) {
        ConversationSummary s;
        s.id = q.value(0).toString();
        s.businessNumber = q.value(1).toString();
        s.caller = q.value(2).toString();
        s.callerName = q.value(3).toString();
        s.lastAt = Database::fromText(q.value(4));
        s.unread = q.value(5).toInt();
        s.automation = q.value(6).toInt() != 0;
        s.leadId = q.value(7).toString();
        s.takenOverBy = q.value(8).toString();
        s.leadScore = q.value(9).toString();
        s.optedOut = q.value(10).toInt() != 0;
        s.blocked = q.value(11).toInt() != 0;
        s.vendor = q.value(12).toInt() != 0;
        s.customer = q.value(13).toInt() != 0;
        s.lastBody = q.value(14).toString();
        s.lastInbound = q.value(15).toString() != QLatin1String("out");
        out.append(s);
    }
    return out;
}

QList<ConversationSummary> ReadModels::conversations(const QString &search, int limit)
{
    if (search.trimmed().isEmpty()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!m_db.exec(q, summarySql() + QStringLiteral(" ORDER BY c.last_message_at DESC, c.created_at DESC LIMIT ?"),
                       {limit}))
            return {};
        return readSummaries(q);
    }

    // The matches are gathered one way at a time, each by the index that suits it (an OR of them
    // all would make the database walk every conversation), then the page is sorted and read.
    const bool postgres = m_db.isPostgres();
    const QString likeOp = postgres ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"); // ignore case on both
    const QString like = QLatin1Char('%') + search.trimmed() + QLatin1Char('%');
    const QString columns = QStringLiteral("SELECT c.id, c.last_message_at, c.created_at FROM conversations c");
    QHash<QString, Candidate> found;
    auto collect = [&](const QString &sql, std::initializer_list<QVariant> binds) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!m_db.exec(q, sql, binds))
            return false;
        while (q.next())
            found.insert(q.value(0).toString(), Candidate{q.value(1).toString(), q.value(2).toString()});
        return true;
    };
    // Numbers are stored as +15125550141: only a search with a digit in it can match one, and a
    // number typed the way people write it, "(512) 555-0141", is matched by its digits.
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    static const QRegularExpression punctuation(QStringLiteral("[\\s().+-]"));
    static const QRegularExpression allDigits(QStringLiteral("^[0-9]{4,15}$"));
    QString number = search.trimmed();
    if (QString digits = QString(number).remove(punctuation); digits != number && allDigits.match(digits).hasMatch())
        number = digits;
    const QString numberLike = QLatin1Char('%') + number + QLatin1Char('%');
    bool ok =
        (!search.contains(digit) || collect(columns + QStringLiteral(" WHERE c.caller %1 ?").arg(likeOp), {numberLike}))
        && collect(columns
                       + QStringLiteral(" WHERE c.caller IN (SELECT e164 FROM contacts WHERE name %1 ?)").arg(likeOp),
                   {like})
        && collect(
            columns + QStringLiteral(" WHERE c.id IN (SELECT conversation_id FROM leads WHERE name %1 ?)").arg(likeOp),
            {like});

    const QString fts = ftsQuery(search);
    if (ok && fts.isEmpty()) {
        ok = collect(
            columns
                + QStringLiteral(" WHERE c.id IN (SELECT conversation_id FROM messages WHERE body %1 ?)").arg(likeOp),
            {like});
    } else if (ok && !postgres) {
        // FTS5 lists its matches newest first at no cost: a rare word's are all of them, and a
        // common word's newest ones fill a page many times over.
        ok = collect(columns
                         + QStringLiteral(" WHERE c.id IN (SELECT conversation_id FROM messages WHERE rowid IN"
                                          " (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"
                                          " ORDER BY rowid DESC LIMIT ?))"),
                     {fts, std::max(kNewestMatches, 4 * limit)});
    } else if (ok) {
        const QString words = tsQuery(search);
        // How common the words are, counted no further than needed.
        QSqlQuery count(m_db.connection());
        ok = m_db.exec(count,
                       QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM messages WHERE search_words"
                                      " @@ to_tsquery('simple', ?) LIMIT %1) hits")
                           .arg(kFewMatches + 1),
                       {words})
            && count.next();
        if (ok && count.value(0).toInt() <= kFewMatches) {
            ok = collect(columns
                             + QStringLiteral(" WHERE c.id IN (SELECT conversation_id FROM messages"
                                              " WHERE search_words @@ to_tsquery('simple', ?))"),
                         {words});
        } else if (ok) {
            // Most conversations have one: walk them newest first and stop at a page.
            ok = collect(columns
                             + QStringLiteral(" WHERE EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id"
                                              " AND m.search_words @@ to_tsquery('simple', ?))"
                                              " ORDER BY c.last_message_at DESC, c.created_at DESC LIMIT ?"),
                         {words, limit});
        }
    }
    if (!ok || found.isEmpty())
        return {};

    // Newest first, as the inbox lists them; only the page is read in full.
    QList<QString> ids = found.keys();
    std::sort(ids.begin(), ids.end(), [&found](const QString &a, const QString &b) {
        const Candidate &x = found[a];
        const Candidate &y = found[b];
        if (x.lastAt != y.lastAt)
            return x.lastAt > y.lastAt;
        if (x.createdAt != y.createdAt)
            return x.createdAt > y.createdAt;
        return a < b;
    });
    if (ids.size() > limit)
        ids.resize(limit);
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(summarySql() + QStringLiteral(" WHERE c.id IN (%1)").arg(marks.join(QLatin1Char(',')))))
        return {};
    for (const QString &id : std::as_const(ids))
        q.addBindValue(id);
    if (!q.exec())
        return {};
    QList<ConversationSummary> page = readSummaries(q);
    QHash<QString, int> rank;
    for (int i = 0; i < ids.size(); ++i)
        rank.insert(ids.at(i), i);
    std::sort(page.begin(), page.end(), [&rank](const ConversationSummary &a, const ConversationSummary &b) {
        return rank.value(a.id) < rank.value(b.id);
    });
    return page;
}

QList<StoredMessage> ReadModels::thread(const QString &conversationId)
{
    QList<StoredMessage> out;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, sid, direction, author, body, status, segments, created_at FROM messages"
                                  " WHERE conversation_id = ? ORDER BY created_at, id"),
                   {conversationId}))
        return out;
    while (q.next()) {
        StoredMessage m;
        m.id = q.value(0).toString();
        m.sid = q.value(1).toString();
        m.conversationId = conversationId;
        m.inbound = q.value(2).toString() == QLatin1String("in");
        const QString author = q.value(3).toString();
        m.author = author == QLatin1String("caller") ? StoredMessage::Author::Caller
            : author == QLatin1String("automation")  ? StoredMessage::Author::Automation
            : author == QLatin1String("person")      ? StoredMessage::Author::Person
                                                     : StoredMessage::Author::System;
        m.body = q.value(4).toString();
        m.status = q.value(5).toString();
        m.segments = q.value(6).toInt();
        m.createdAt = Database::fromText(q.value(7));
        out.append(m);
    }
    return out;
}

QList<Lead> ReadModels::leads(const QString &score, const QString &status, int limit)
{
    QList<Lead> out;
    QSqlQuery q(m_db.connection());
    // Filters are added only when set: an empty string may bind as NULL on some drivers.
    QString sql = QStringLiteral("SELECT id FROM leads WHERE 1 = 1");
    QVariantList binds;
    if (!score.isEmpty()) {
        sql += QStringLiteral(" AND score = ?");
        binds.append(score);
    }
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        binds.append(status);
    }
    sql += QStringLiteral(" ORDER BY created_at DESC LIMIT ?");
    binds.append(limit);
    if (!q.prepare(sql))
        return out;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return out;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    LeadRepository repository(m_db);
    for (const QString &id : ids) {
        if (auto lead = repository.find(id))
            out.append(*lead);
    }
    return out;
}

QList<CallLogRow> ReadModels::calls(int limit)
{
    QList<CallLogRow> out;
    QSqlQuery q(m_db.connection());
    if (!m_db.exec(q,
                   // The name is the contact's, else the newest one the caller gave on a lead card.
                   QStringLiteral("SELECT c.sid, c.caller,"
                                  " COALESCE(NULLIF(ct.name, ''), (SELECT l.name FROM leads l"
                                  " JOIN conversations cv ON cv.id = l.conversation_id"
                                  " WHERE cv.caller = c.caller AND l.name IS NOT NULL AND l.name <> ''"
                                  " ORDER BY l.updated_at DESC LIMIT 1)),"
                                  " c.business_number, c.started_at, c.ended_at,"
                                  " c.duration, c.status, c.outcome, d.action, d.reason, o.state, o.sent_at"
                                  " FROM calls c LEFT JOIN contacts ct ON ct.e164 = c.caller"
                                  " LEFT JOIN decisions d ON d.call_sid = c.sid"
                                  " LEFT JOIN outbox o ON o.call_sid = c.sid AND o.purpose = 'text_back'"
                                  " WHERE c.direction = 'inbound' ORDER BY c.first_seen_at DESC LIMIT ?"),
                   {limit}))
        return out;
    while (q.next()) {
        CallLogRow r;
        r.sid = q.value(0).toString();
        r.caller = q.value(1).toString();
        r.callerName = q.value(2).toString();
        r.businessNumber = q.value(3).toString();
        r.startedAt = Database::fromText(q.value(4));
        r.endedAt = Database::fromText(q.value(5));
        r.durationSeconds = q.value(6).isNull() ? -1 : q.value(6).toInt();
        r.status = q.value(7).toString();
        r.outcome = q.value(8).toString();
        r.action = q.value(9).toString();
        r.reason = q.value(10).toString();
        r.textState = q.value(11).toString();
        r.textSentAt = Database::fromText(q.value(12));
        out.append(r);
    }
    return out;
}

InboxCounts ReadModels::counts()
{
    InboxCounts c;
    QSqlQuery q(m_db.connection());
    if (m_db.exec(q, QStringLiteral("SELECT COALESCE(SUM(unread), 0) FROM conversations")) && q.next())
        c.unreadMessages = q.value(0).toInt();
    if (m_db.exec(q,
                  QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN score = 'hot' THEN 1 ELSE 0 END), 0)"
                                 " FROM leads WHERE status = 'new' AND kind IN ('lead', 'existing_customer')"))
        && q.next()) {
        c.newLeads = q.value(0).toInt();
        c.hotLeads = q.value(1).toInt();
    }
    return c;
}

LeadScoreCounts ReadModels::leadScoreCounts(const QDateTime &from, const QDateTime &to)
{
    LeadScoreCounts out;
    QString sql = QStringLiteral("SELECT score, COUNT(*) FROM leads WHERE 1 = 1");
    QVariantList binds;
    if (from.isValid()) {
        sql += QStringLiteral(" AND created_at >= ?");
        binds.append(Database::toText(from));
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND created_at < ?");
        binds.append(Database::toText(to));
    }
    sql += QStringLiteral(" GROUP BY score");
    QSqlQuery q(m_db.connection());
    if (!q.prepare(sql))
        return out;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return out;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (scoreFromString(q.value(0).toString())) {
        case LeadCard::Score::Hot:
            out.hot += n;
            break;
        case LeadCard::Score::Warm:
            out.warm += n;
            break;
        case LeadCard::Score::Cold:
            out.cold += n;
            break;
        }
    }
    return out;
}

} // namespace Rebound::Core
