#pragma once

#include "messageanalyzer.h"
#include "messagefacts.h"

#include "domain/leadcard.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Rebound::Core {

// What a thread has established so far, folded from its caller messages oldest first:
// later corrections win, cue weights add up, and SCHEMA.md's urgency rules are applied
// across messages ("furnace quit" in one, "-8 outside" in the next).
class TranscriptState
{
public:
    explicit TranscriptState(const QString &trade, const QString &businessName);

    // The context the next message is read in.
    MessageAnalyzer::Context context(QualifySlot asked) const;
    void apply(const MessageFacts &facts);
    LeadCard card() const;

private:
    enum class Timing { None, Soon, ThisWeek, Flexible };

    LeadCard::Kind kind() const;
    // The taxonomy key, and in *words the caller's sentence that named it.
    QString service(QString *words = nullptr) const;
    LeadCard::Urgency urgency() const;
    void mergeName(const NameFinding &found);

    QString m_trade;
    QString m_businessName;
    int m_optOut = 0;
    int m_wrongNumber = 0;
    int m_spam = 0;
    int m_vendor = 0;
    int m_existing = 0;
    int m_messages = 0;
    int m_gibberish = 0;
    int m_contentless = 0;
    QList<ServiceEvidence> m_services;
    bool m_emergency = false;
    bool m_deEscalated = false;
    bool m_heatLoss = false;
    bool m_freezing = false;
    bool m_vulnerable = false;
    bool m_broken = false;
    bool m_implied = false;
    Timing m_timing = Timing::None;
    QString m_name;
    QString m_address;
    QString m_houseNumber;
    bool m_noLongerNeeded = false;
    bool m_priceShopping = false;
    QStringList m_questions;
    QString m_language = QStringLiteral("en");
    QString m_preferredTime;
};

} // namespace Rebound::Core
