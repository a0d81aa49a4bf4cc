#include "dialoguetexts.h"

#include <QStringList>

#include <array>

namespace Rebound::Core {

namespace {

struct Entry
{
    const char16_t *withOwner;
    const char16_t *withoutOwner; // nullptr: same as withOwner
};

using Table = std::array<Entry, size_t(DialogueTexts::Id::Count)>;

// English. Never a price or a time the owner has not set: prices are given on site.
constexpr Table kEnglish{{
    {u"What do you need help with?", nullptr},
    {u"Can I get your name?", nullptr},
    {u"How soon do you need someone out?", nullptr},
    {u"What's the address for the job?", nullptr},
    {u"Thanks!", nullptr},
    {u"Thanks, {name}!", nullptr},
    {u"Got it, thanks.", nullptr},
    {u"Sorry to hear that!", nullptr},
    {u"Sorry to hear that, {name}!", nullptr},
    {u"{owner} will call you right away.", u"We'll call you right away."},
    {u"That's everything we need. {owner} will call you shortly to set up a time.",
     u"That's everything we need. We'll call you shortly to set up a time."},
    {u"That's everything we need. {owner} is calling you right away.",
     u"That's everything we need. We're calling you right away."},
    {u"{owner} will call you shortly to go over the details.", u"We'll call you shortly to go over the details."},
    {u"{owner} will call you right away to go over the details.", u"We'll call you right away to go over the details."},
    {u"Thanks for letting us know! Glad it's sorted. Text or call us anytime.", nullptr},
    {u"No problem! This is {business}. Have a great day.", nullptr},
    {u"Thanks for reaching out. We'll pass this along; no need to follow up by text.", nullptr},
    {u"Thanks! I've passed this to {owner}, who will get back to you shortly.",
     u"Thanks! I've passed this to the team; we'll get back to you shortly."},
    {u"{detail}", nullptr},
    {u"We give prices on site after a look.", nullptr},
    {u"Our hours: {detail}.", nullptr},
    {u"We serve {detail}.", nullptr},
    {u"{detail}", nullptr},
    {u"{detail}", nullptr},
    {u"{owner} will call you shortly to set a time.", u"We'll call you shortly to set a time."},
    {u"This is {business}; you called us earlier.", nullptr},
    {u"{owner} will answer that when they call.", u"We'll answer that when we call."},
    {u"Got it, updated. Thanks!", nullptr},
}};

// Spanish: á í ó ú are not GSM-7, so a text with them goes as UCS-2 (70/67 characters a
// segment); these stay well inside two segments.
constexpr Table kSpanish{{
    {u"¿En qué le podemos ayudar?", nullptr},
    {u"¿Me puede dar su nombre?", nullptr},
    {u"¿Para cuándo lo necesita?", nullptr},
    {u"¿Cuál es la dirección del trabajo?", nullptr},
    {u"¡Gracias!", nullptr},
    {u"¡Gracias, {name}!", nullptr},
    {u"Perfecto, gracias.", nullptr},
    {u"¡Lo sentimos mucho!", nullptr},
    {u"¡Lo sentimos mucho, {name}!", nullptr},
    {u"{owner} le llama enseguida.", u"Le llamamos enseguida."},
    {u"Es todo lo que necesitamos. {owner} le llama pronto para agendar.",
     u"Es todo lo que necesitamos. Le llamamos pronto para agendar."},
    {u"Es todo lo que necesitamos. {owner} le llama enseguida.", u"Es todo lo que necesitamos. Le llamamos enseguida."},
    {u"{owner} le llama pronto para ver los detalles.", u"Le llamamos pronto para ver los detalles."},
    {u"{owner} le llama enseguida para ver los detalles.", u"Le llamamos enseguida para ver los detalles."},
    {u"¡Gracias por avisarnos! Aquí estamos cuando nos necesite.", nullptr},
    {u"No se preocupe. Somos {business}. ¡Que tenga buen día!", nullptr},
    {u"Gracias por su mensaje. Lo pasamos al equipo; no hace falta seguir por texto.", nullptr},
    {u"¡Gracias! Ya le avisé a {owner}; le contesta pronto.",
     u"¡Gracias! Ya le avisé al equipo; le contestamos pronto."},
    {u"{detail}", nullptr},
    {u"Damos el precio en sitio, después de revisar.", nullptr},
    {u"Horario: {detail}.", nullptr},
    {u"Damos servicio en {detail}.", nullptr},
    {u"{detail}", nullptr},
    {u"{detail}", nullptr},
    {u"{owner} le llama pronto para acordar la hora.", u"Le llamamos pronto para acordar la hora."},
    {u"Somos {business}; usted nos llamó hace un rato.", nullptr},
    {u"{owner} le responde eso cuando le llame.", u"Le respondemos eso cuando le llamemos."},
    {u"Listo, actualizado. ¡Gracias!", nullptr},
}};

const Table &tableFor(const QString &language)
{
    return language == u"es" ? kSpanish : kEnglish;
}

QString raw(const Table &table, DialogueTexts::Id id, bool withOwner)
{
    const Entry &e = table.at(size_t(id));
    return QString::fromUtf16(withOwner || !e.withoutOwner ? e.withOwner : e.withoutOwner);
}

} // namespace

QString DialogueTexts::text(Id id, const QString &language, const Values &values)
{
    QString out = raw(tableFor(language), id, !values.owner.isEmpty());
    out.replace(QStringLiteral("{owner}"), values.owner);
    out.replace(QStringLiteral("{business}"), values.business);
    out.replace(QStringLiteral("{name}"), values.name);
    out.replace(QStringLiteral("{detail}"), values.detail);
    return out;
}

DialogueTexts::Id DialogueTexts::askFor(QualifySlot slot)
{
    switch (slot) {
    case QualifySlot::Name:
        return Id::AskName;
    case QualifySlot::Urgency:
        return Id::AskUrgency;
    case QualifySlot::Address:
        return Id::AskAddress;
    case QualifySlot::Service:
    case QualifySlot::None:
        break;
    }
    return Id::AskService;
}

QualifySlot DialogueTexts::slotAskedBy(const QString &businessText)
{
    // Built once: every question text in every language, with its slot.
    static const QList<std::pair<QString, QualifySlot>> questions = [] {
        QList<std::pair<QString, QualifySlot>> list;
        for (const Table *table : {&kEnglish, &kSpanish}) {
            for (QualifySlot slot :
                 {QualifySlot::Service, QualifySlot::Name, QualifySlot::Urgency, QualifySlot::Address})
                list.append({raw(*table, askFor(slot), true), slot});
        }
        return list;
    }();
    for (const auto &[text, slot] : questions) {
        if (businessText.contains(text))
            return slot;
    }
    return QualifySlot::None;
}

bool DialogueTexts::isClosing(const QString &businessText)
{
    // Built once: the longest fixed part of each closing text, between its placeholders.
    static const QStringList markers = [] {
        QStringList list;
        for (const Table *table : {&kEnglish, &kSpanish}) {
            for (Id id : {Id::Complete, Id::CompleteEmergency, Id::CompletePartial, Id::CompletePartialEmergency,
                          Id::NoLongerNeeded, Id::WrongNumber, Id::Vendor, Id::ExistingCustomer}) {
                for (bool owner : {true, false}) {
                    QString fixed;
                    for (const QString &part : raw(*table, id, owner).split(QLatin1Char('{'))) {
                        const QString tail = part.mid(part.indexOf(QLatin1Char('}')) + 1).trimmed();
                        if (tail.size() > fixed.size())
                            fixed = tail;
                    }
                    if (fixed.size() >= 12 && !list.contains(fixed))
                        list.append(fixed);
                }
            }
        }
        return list;
    }();
    for (const QString &marker : markers) {
        if (businessText.contains(marker))
            return true;
    }
    return false;
}

} // namespace Rebound::Core
