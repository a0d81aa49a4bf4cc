#include "transcriptstate.h"

#include "leadscorer.h"
#include "servicevocabulary.h"

namespace Rebound::Core {

namespace {

// Damerau-free edit distance, enough to tell "Kristin" from "Kristen".
int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1);
    QList<int> cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        prev.swap(cur);
    }
    return prev[b.size()];
}

} // namespace

TranscriptState::TranscriptState(const QString &trade, const QString &businessName)
    : m_trade(trade)
    , m_businessName(businessName)
{ }

MessageAnalyzer::Context TranscriptState::context(QualifySlot asked) const
{
    MessageAnalyzer::Context c;
    c.asked = asked;
    c.hasName = !m_name.isEmpty();
    c.currentName = m_name;
    c.currentHouseNumber = m_houseNumber;
    c.businessName = m_businessName;
    return c;
}

void TranscriptState::apply(const MessageFacts &facts)
{
    ++m_messages;
    m_optOut += facts.optOut;
    m_wrongNumber += facts.wrongNumber;
    m_spam += facts.spam;
    m_vendor += facts.vendor;
    m_existing += facts.existing;
    m_gibberish += facts.gibberish ? 1 : 0;
    m_contentless += facts.contentless ? 1 : 0;

    if (facts.name)
        mergeName(*facts.name);
    if (facts.address) {
        m_address = facts.address->text;
        m_houseNumber = facts.address->houseNumber;
    } else if (!facts.unit.isEmpty() && !m_address.isEmpty()
               && !m_address.contains(facts.unit.section(QLatin1Char(' '), -1), Qt::CaseInsensitive)) {
        m_address += QStringLiteral(", ") + facts.unit;
    } else if (!facts.correctedHouseNumber.isEmpty() && m_address.startsWith(m_houseNumber)) {
        m_address = facts.correctedHouseNumber + m_address.mid(m_houseNumber.size());
        m_houseNumber = facts.correctedHouseNumber;
    }

    // Evidence for each service key keeps its strongest phrase, how often it came up, and where first.
    for (const ServiceEvidence &e : facts.services) {
        bool merged = false;
        for (ServiceEvidence &mine : m_services) {
            if (mine.key == e.key) {
                // The strongest mention is the best quote of the job.
                if (e.weight > mine.weight || mine.words.isEmpty())
                    mine.words = e.words;
                mine.weight = std::max(mine.weight, e.weight);
                mine.count += e.count;
                merged = true;
                break;
            }
        }
        if (!merged) {
            ServiceEvidence first = e;
            first.position = qsizetype(m_messages) * 10000 + e.position;
            m_services.append(first);
        }
    }

    // Urgency: an explicit "not an emergency anymore" undoes what came before it.
    if (facts.deEscalate) {
        m_emergency = false;
        m_deEscalated = true;
    }
    if (facts.emergency)
        m_emergency = true;
    m_heatLoss = m_heatLoss || facts.heatLoss;
    m_freezing = m_freezing || facts.freezing;
    m_vulnerable = m_vulnerable || facts.vulnerable;
    m_broken = m_broken || facts.broken;
    m_implied = m_implied || facts.flexibleImplied;
    if (facts.soon)
        m_timing = Timing::Soon; // "no rush, but today if you can": the day named wins
    else if (facts.thisWeek)
        // "this week or next" is flexible; "no emergency, but this week" only lowers an emergency.
        m_timing = facts.flexibleBeyondCalm ? Timing::Flexible : Timing::ThisWeek;
    else if (facts.flexibleExplicit)
        m_timing = Timing::Flexible;

    if (facts.noLongerNeeded)
        m_noLongerNeeded = true;
    if (facts.stillNeeded)
        m_noLongerNeeded = false;
    m_priceShopping = m_priceShopping || facts.priceShopping;
    for (const CallerQuestion &q : facts.questions) {
        if (!m_questions.contains(q.text))
            m_questions.append(q.text);
    }
    if (facts.spanish > facts.english)
        m_language = QStringLiteral("es");
    else if (facts.english > facts.spanish)
        m_language = QStringLiteral("en");
    if (!facts.preferredTime.isEmpty())
        m_preferredTime = facts.preferredTime;
}

void TranscriptState::mergeName(const NameFinding &found)
{
    QString given = found.text.simplified();
    // Names typed in lower case are shown with capitals ("jen" -> "Jen").
    if (given == given.toLower()) {
        QStringList words = given.split(QLatin1Char(' '));
        for (QString &w : words) {
            if (!w.isEmpty() && w != u"de" && w != u"del" && w != u"la")
                w[0] = w.at(0).toUpper();
        }
        given = words.join(QLatin1Char(' '));
    }
    if (m_name.isEmpty()) {
        if (found.source != NameFinding::Source::Correction)
            m_name = given;
        return;
    }
    const QStringList current = m_name.split(QLatin1Char(' '));
    const QStringList fresh = given.split(QLatin1Char(' '));
    // One word that looks like a word of the name is a spelling fix ("*Kristin" for "Kristen");
    // the same first name again ("this is Dana") keeps the fuller name.
    if (fresh.size() == 1) {
        for (qsizetype i = 0; i < current.size(); ++i) {
            if (current.at(i).compare(fresh.constFirst(), Qt::CaseInsensitive) == 0)
                return;
        }
        int best = -1;
        int bestDistance = 3;
        for (qsizetype i = 0; i < current.size(); ++i) {
            const int d = editDistance(current.at(i), fresh.constFirst());
            // A spelling the caller marks as a correction ("*Sean", "sorry, it's Yazmín") may differ more.
            const qsizetype allowed = found.source == NameFinding::Source::Correction
                ? std::max<qsizetype>(2, current.at(i).size() / 2)
                : std::max<qsizetype>(1, current.at(i).size() / 3);
            if (d < bestDistance && d <= allowed) {
                bestDistance = d;
                best = int(i);
            }
        }
        if (best >= 0) {
            QStringList merged = current;
            merged[best] = fresh.constFirst();
            m_name = merged.join(QLatin1Char(' '));
            return;
        }
    }
    if (found.source == NameFinding::Source::Correction)
        return;
    m_name = given;
}

LeadCard::Kind TranscriptState::kind() const
{
    if (m_optOut > 0)
        return LeadCard::Kind::OptOut;
    if (m_wrongNumber >= 3)
        return LeadCard::Kind::WrongNumber;
    if (m_vendor >= 3 || m_spam >= 3)
        return m_vendor >= m_spam ? LeadCard::Kind::Vendor : LeadCard::Kind::Spam;
    if (m_existing >= 3)
        return LeadCard::Kind::ExistingCustomer;
    // Nothing but keyboard mash and empty replies.
    if (m_gibberish > 0 && m_gibberish + m_contentless == m_messages)
        return LeadCard::Kind::Spam;
    return LeadCard::Kind::Lead;
}

QString TranscriptState::service(QString *words) const
{
    const auto quote = [words](const ServiceEvidence &e) {
        if (words)
            *words = e.words;
    };
    const QList<ServiceVocabulary::Key> &keys = ServiceVocabulary::keys();
    const ServiceEvidence *best = nullptr;
    const ServiceEvidence *other = nullptr;
    const ServiceEvidence *crossTrade = nullptr;
    for (const ServiceEvidence &e : m_services) {
        if (e.key == ServiceVocabulary::otherJobTag()) {
            if (!other || e.weight > other->weight)
                other = &e;
            continue;
        }
        if (keys.at(e.key).trade != m_trade) {
            if (!crossTrade || e.weight > crossTrade->weight)
                crossTrade = &e;
            continue;
        }
        if (!best || e.weight > best->weight || (e.weight == best->weight && e.count > best->count)
            || (e.weight == best->weight && e.count == best->count && e.position < best->position))
            best = &e;
    }
    // A job outside the trade ("do you plow driveways?") is "other", unless the trade's own words weigh more.
    if (other && other->weight > 0 && (!best || (other->weight >= 6 && other->weight > best->weight))) {
        quote(*other);
        return QStringLiteral("other");
    }
    if (best && keys.at(best->key).key == u"maintenance" && m_broken) {
        // "Service my AC, it's rattling": a fault, not a tune-up, when the thread names one.
        for (const ServiceEvidence &e : m_services) {
            const QString &key = keys.at(e.key).key;
            if (keys.at(e.key).trade == m_trade && (key == u"no_cooling" || key == u"no_heat")) {
                quote(e);
                return key;
            }
        }
    }
    if (best) {
        quote(*best);
        return keys.at(best->key).key;
    }
    if (crossTrade && crossTrade->weight >= 7) {
        quote(*crossTrade);
        return QStringLiteral("other");
    }
    return {};
}

LeadCard::Urgency TranscriptState::urgency() const
{
    // No heat is an emergency in freezing weather or with someone vulnerable at home.
    const bool coldHouse = m_heatLoss && (m_freezing || m_vulnerable) && !m_deEscalated;
    if (m_emergency || coldHouse)
        return LeadCard::Urgency::Emergency;
    switch (m_timing) {
    case Timing::Soon:
        return LeadCard::Urgency::Soon;
    case Timing::ThisWeek:
        // "This week" is soon only when something is broken; otherwise it is planning.
        return m_broken ? LeadCard::Urgency::Soon : LeadCard::Urgency::Flexible;
    case Timing::Flexible:
        return LeadCard::Urgency::Flexible;
    case Timing::None:
        break;
    }
    return m_implied ? LeadCard::Urgency::Flexible : LeadCard::Urgency::Unknown;
}

LeadCard TranscriptState::card() const
{
    LeadCard c;
    c.kind = kind();
    c.name = m_name;
    const bool lead = c.kind == LeadCard::Kind::Lead;
    if (lead)
        c.service = service(&c.jobWords);
    c.urgency = lead ? urgency() : LeadCard::Urgency::Unknown;
    // The service address of a lead or a customer; a vendor's pickup counter is not one.
    const bool keepsAddress = lead || c.kind == LeadCard::Kind::ExistingCustomer || c.kind == LeadCard::Kind::OptOut;
    c.address = keepsAddress ? m_address : QString();
    c.preferredTime = lead ? m_preferredTime : QString();
    c.questions = m_questions;
    c.language = m_language;
    c.noLongerNeeded = lead && m_noLongerNeeded;
    c.priceShopping = lead && m_priceShopping;
    c.score = LeadScorer::score(c);
    return c;
}

} // namespace Rebound::Core
