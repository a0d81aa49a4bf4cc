#include "sandboxscenario.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace Rebound::Core {

namespace {

Q_LOGGING_CATEGORY(lcScenario, "rebound.sandbox.scenario")

using Persona = SandboxScenario::Persona;
using Fact = Persona::Fact;
using Outcome = SandboxServer::PlacedCall::Outcome;
using Wiring = SandboxServer::PlacedCall::Wiring;

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

Persona customer(const char *trade, const char *number, const char *language, const char *name, const char *problem,
                 const char *urgency, const char *nameFact, const char *address, const char *closing)
{
    Persona p;
    p.trade = u8(trade);
    p.number = u8(number);
    p.language = u8(language);
    p.name = u8(name);
    p.role = Persona::Role::Customer;
    p.facts = {{Fact::Problem, u8(problem)},
               {Fact::Urgency, u8(urgency)},
               {Fact::Name, u8(nameFact)},
               {Fact::Address, u8(address)}};
    p.closing = u8(closing);
    return p;
}

QList<Persona> buildPersonas()
{
    QList<Persona> all{
        // Plumbing, Austin (512)
        customer("plumbing", "+15125550111", "en", "Dave Kowalski",
                 "water heater is leaking all over the garage floor 😩 theres like an inch of water",
                 "pretty urgent, can someone come today? I shut the water off but we have no hot water",
                 "This is Dave Kowalski", "1418 Maple Ridge Dr, Round Rock 78664", "Thanks!!"),
        customer("plumbing", "+15125550112", "es", "María Guadalupe Torres",
                 "Se tapó el drenaje de la cocina y el agua no baja, ya intente con destapacaños y nada",
                 "No es emergencia pero si lo antes posible, mañana en la mañana estaría bien",
                 "Me llamo María Guadalupe Torres", "Vivo en 2207 Calle Sonora, Austin 78741", "Muchas gracias 🙏"),
        customer("plumbing", "+15125550113", "en", "Jen Whitaker",
                 "toilet keeps running nonstop and the upstairs one wont flush at all",
                 "not an emergency, sometime this week works", "Jen Whitaker", "9 Clearwater Ct, Pflugerville",
                 "ok thank you"),
        customer("plumbing", "+15125550114", "es", "Luis Hernández",
                 "Tengo una fuga debajo del lavabo del baño, gotea bastante 💧", "Urgente por favor, hoy si se puede",
                 "Luis Hernández", "3310 Riverside Dr apt 12, Austin", "Gracias!"),
        customer("plumbing", "+15125550115", "en", "Tom Becker",
                 "Looking for a quote to repipe a 1970s house, galvanized pipes, low pressure everywhere",
                 "No rush at all, planning for next month", "Tom Becker", "5021 Shoal Creek Blvd, Austin TX 78756",
                 "Appreciate it, talk soon"),

        // HVAC, Austin suburbs (737)
        customer("hvac", "+17375550121", "en", "Karen Liu",
                 "AC is blowing warm air and its 94 in the house 🥵 we have a newborn",
                 "ASAP please!! today if you can", "Karen Liu", "12 Oakmont Cir, Cedar Park 78613",
                 "thank you so much"),
        customer("hvac", "+17375550122", "es", "Rosa Martínez",
                 "La calefacción no prende, hace ruido y huele a quemado",
                 "Lo más pronto posible, hace mucho frío en la noche", "Soy Rosa Martínez",
                 "4508 Avenida Los Pinos, Leander", "Gracias, que Dios le bendiga"),
        customer("hvac", "+17375550123", "en", "Mike O'Brien",
                 "want to get the furnace + AC tuned up before summer, 2 units", "whenever, next couple weeks is fine",
                 "Mike O'Brien", "780 Brushy Creek Rd, Round Rock", "thx"),
        customer("hvac", "+17375550124", "en", "Greg Patel",
                 "thermostat screen is blank and the system wont kick on. replaced batteries already",
                 "would like someone tomorrow if possible", "Greg Patel", "2301 Wells Branch Pkwy #204, Austin",
                 "Great, thanks"),
        customer("hvac", "+17375550125", "es", "Jorge Ramírez",
                 "El aire acondicionado tira agua por dentro de la casa, creo que el drenaje esta tapado",
                 "Esta semana si se puede", "Jorge Ramírez", "1907 Calle Mesquite, Georgetown", "Ok gracias"),

        // Electrical, San Antonio (210)
        customer("electrical", "+12105550131", "en", "Sarah Mitchell",
                 "half the outlets in the kitchen stopped working and the breaker wont reset",
                 "kind of urgent, fridge is on an extension cord lol", "Sarah Mitchell",
                 "88 Hidden Valley Ln, San Antonio 78249", "Thank you!"),
        customer("electrical", "+12105550132", "es", "Ana Sofía Delgado",
                 "Quiero instalar un cargador para carro eléctrico en la cochera ⚡",
                 "No hay prisa, en las proximas 2 semanas", "Ana Sofía Delgado", "6120 Callaghan Rd, San Antonio",
                 "Perfecto, gracias"),
        customer("electrical", "+12105550133", "en", "Bill Nguyen",
                 "lights flicker all over the house when the AC kicks on, kinda scary", "this week please",
                 "Bill Nguyen", "340 Elm Creek Dr, Helotes", "thanks man"),
        customer("electrical", "+12105550134", "en", "Denise Carter",
                 "need 4 recessed lights put in the living room + a dimmer", "sometime in the next month is fine",
                 "Denise Carter", "1502 Bandera Rd, San Antonio TX", "Sounds good, thanks"),
        customer("electrical", "+12105550135", "en", "Kevin Brooks",
                 "smelled burning plastic near the panel and one breaker is hot to the touch",
                 "today if at all possible, Im worried", "Kevin Brooks", "722 Pecan Grove, Boerne", "thank you"),

        // Roofing, Temple and Killeen (254)
        customer("roofing", "+12545550141", "en", "Linda Schultz",
                 "hail storm last night, shingles all over the yard and a leak in the bedroom ceiling",
                 "need a tarp on it asap, more rain tomorrow", "Linda Schultz", "215 Post Oak Dr, Temple 76502",
                 "Thank you!!"),
        customer("roofing", "+12545550142", "es", "Carmen Ruiz",
                 "Tengo goteras en el techo cuando llueve, en la sala y el pasillo",
                 "Pronto por favor, antes de que vuelva a llover", "Carmen Ruiz", "1104 Calle Laredo, Killeen",
                 "Gracias"),
        customer("roofing", "+12545550143", "en", "Pete Olsen",
                 "Looking to replace the whole roof, its 25 yrs old. need an estimate for insurance",
                 "not urgent, next few weeks", "Pete Olsen", "47 Lakeview Terrace, Belton",
                 "Thanks, appreciate the quick reply"),
        customer("roofing", "+12545550144", "es", "Miguel Ángel Soto",
                 "Se levantaron unas tejas con el viento y se ve la madera", "Esta semana de preferencia",
                 "Miguel Ángel Soto, para servirle", "902 Avenida Central, Harker Heights", "Muchas gracias"),
        customer("roofing", "+12545550145", "en", "Trish Howard",
                 "gutters overflowing and theres a soft spot on the roof over the porch 🤔",
                 "whenever you can get out here, no huge rush", "Trish Howard", "3300 Sparta Rd, Belton TX", "thx!"),

        // Landscaping, Hill Country (830)
        customer("landscaping", "+18305550151", "en", "Brian Foster",
                 "sprinkler system zone 3 wont turn off, water running into the street",
                 "today please, wasting a ton of water", "Brian Foster", "610 Hill Country Dr, New Braunfels 78132",
                 "Thanks"),
        customer("landscaping", "+18305550152", "es", "Lupita Vargas",
                 "Necesito que corten el pasto y poden los arbustos del frente, esta muy crecido 🌿",
                 "Para este fin de semana si se puede", "Lupita Vargas", "2450 Calle Guadalupe, Seguin", "Gracias!!"),
        customer("landscaping", "+18305550153", "en", "Amy Reynolds",
                 "want a quote for new sod in the backyard, about 2000 sq ft", "no rush, sometime this month",
                 "Amy Reynolds", "18 Cypress Bend, Kerrville", "Thank you"),
        customer("landscaping", "+18305550154", "en", "Dan Whitfield",
                 "big oak limb fell on the fence in the storm, need it cut up and hauled off",
                 "pretty soon, its blocking the driveway", "Dan Whitfield", "5 Ranch Road 12, Wimberley",
                 "thanks a lot"),
        customer("landscaping", "+18305550155", "en", "Stephanie Cruz",
                 "looking for weekly lawn service for a rental property", "starting next week would be ideal",
                 "Stephanie Cruz", "731 Landa St, New Braunfels", "Great thank you"),
    };

    Persona vendor;
    vendor.number = QStringLiteral("+12145550161");
    vendor.name = QStringLiteral("Derek Sloan");
    vendor.language = QStringLiteral("en");
    vendor.role = Persona::Role::Vendor;
    vendor.facts = {
        {Fact::Problem,
         u8("Hi! Derek with ProLine Supply here 👋 we're doing 20% off bulk orders + free delivery for "
            "local contractors this month. Got 5 min for a quick call?")},
        {Fact::Name, u8("Derek Sloan, ProLine Supply")},
        {Fact::Urgency, u8("No rush! The offer runs till the end of the month")},
    };
    vendor.closing = u8("Thanks, I'll check back next week!");
    all.append(vendor);

    Persona spam;
    spam.number = QStringLiteral("+14695550172");
    spam.name = QStringLiteral("Rewards Center");
    spam.language = QStringLiteral("en");
    spam.role = Persona::Role::Spam;
    spam.facts = {{Fact::Problem, u8("Reply YES to claim your reward before it expires!!!")}};
    spam.unsolicited = u8("CONGRATS! Your number was selected for a $500 home improvement gift card 🎁 claim now: "
                          "rewards-claim.example/win");
    all.append(spam);

    Persona wrong;
    wrong.number = QStringLiteral("+19725550183");
    wrong.name = QStringLiteral("Ray's cousin");
    wrong.language = QStringLiteral("en");
    wrong.role = Persona::Role::WrongNumber;
    wrong.facts = {{Fact::Problem, u8("Sorry wrong number, I was trying to reach my cousin Ray 😅")}};
    all.append(wrong);

    Persona stopper;
    stopper.number = QStringLiteral("+15125550194");
    stopper.name = QStringLiteral("Carl Jensen");
    stopper.language = QStringLiteral("en");
    stopper.role = Persona::Role::OptsOut;
    stopper.facts = {{Fact::Problem, u8("STOP")}};
    all.append(stopper);
    return all;
}

// Lower case without accents, so "Dirección" and "direccion" read alike.
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

struct Topic
{
    Fact fact;
    QRegularExpression words;
};

// What the business's text asks about, in English or Spanish.
const QList<Topic> &topics()
{
    static const QList<Topic> list{
        {Fact::Name,
         QRegularExpression(QStringLiteral("\\b(name|names|nombre|who am i|who is this|con quien|se llama)\\b"))},
        {Fact::Address,
         QRegularExpression(
             QStringLiteral("\\b(address|where|location|located|zip|direccion|donde|ubicacion|domicilio)\\b"))},
        {Fact::Urgency,
         QRegularExpression(QStringLiteral("\\b(when|how soon|urgent|urgency|emergency|asap|today|schedule|cuando|"
                                           "urgente|urgencia|emergencia|pronto|hoy|horario)\\b"))},
        {Fact::Problem,
         QRegularExpression(QStringLiteral("\\b(what|whats|job|problem|issue|help|service|need|going on|happening|que|"
                                           "problema|trabajo|servicio|necesita|ayudar|ayudarle|pasa)\\b"))},
    };
    return list;
}

} // namespace

std::optional<SandboxScenario::Kind> SandboxScenario::kindFromString(QStringView name)
{
    const QStringView n = name.trimmed();
    if (n.compare(QLatin1String("demo"), Qt::CaseInsensitive) == 0)
        return Kind::Demo;
    if (n.compare(QLatin1String("quiet"), Qt::CaseInsensitive) == 0)
        return Kind::Quiet;
    return std::nullopt;
}

QStringList SandboxScenario::trades()
{
    return {QStringLiteral("plumbing"), QStringLiteral("hvac"), QStringLiteral("electrical"), QStringLiteral("roofing"),
            QStringLiteral("landscaping")};
}

const QList<SandboxScenario::Persona> &SandboxScenario::allPersonas()
{
    static const QList<Persona> personas = buildPersonas();
    return personas;
}

SandboxScenario::SandboxScenario(SandboxServer *server, Options options, QObject *parent)
    : SandboxScenario(server, Kind::Demo, std::move(options), parent)
{ }

SandboxScenario::SandboxScenario(SandboxServer *server, Kind kind, Options options, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_kind(kind)
    , m_options(std::move(options))
    , m_callTimer(new QTimer(this))
{
    m_options.trade = m_options.trade.trimmed().toLower();
    if (!trades().contains(m_options.trade)) {
        qCWarning(lcScenario) << "unknown trade" << m_options.trade << "- using plumbing";
        m_options.trade = QStringLiteral("plumbing");
    }
    for (const Persona &p : allPersonas()) {
        if (p.trade.isEmpty() || p.trade == m_options.trade)
            m_personas.append(p);
    }
    m_callTimer->setSingleShot(true);
    connect(m_callTimer, &QTimer::timeout, this, [this] {
        placeNextCall();
        if (m_running)
            scheduleNextCall(randomBetween(m_options.callIntervalMinMs, m_options.callIntervalMaxMs));
    });
    if (server)
        connect(server, &SandboxServer::messageCreated, this, &SandboxScenario::onMessageCreated);
}

SandboxScenario::~SandboxScenario() = default;

QList<SandboxScenario::Persona> SandboxScenario::personas() const
{
    return m_personas;
}

std::optional<SandboxScenario::Persona> SandboxScenario::personaFor(const QString &number) const
{
    for (const Persona &p : m_personas) {
        if (p.number == number)
            return p;
    }
    return std::nullopt;
}

void SandboxScenario::start(Kind kind)
{
    m_replying = true;
    if (m_running && kind == m_kind)
        return;
    m_kind = kind;
    m_running = true;
    if (m_kind == Kind::Demo)
        scheduleNextCall(m_options.firstCallDelayMs);
    else
        m_callTimer->stop();
}

void SandboxScenario::stop()
{
    m_running = false;
    m_replying = false;
    ++m_generation;
    m_callTimer->stop();
}

void SandboxScenario::scheduleNextCall(int delayMs)
{
    m_callTimer->start(std::max(0, delayMs));
}

int SandboxScenario::randomBetween(int low, int high) const
{
    if (high <= low)
        return std::max(0, low);
    return QRandomGenerator::global()->bounded(low, high + 1);
}

QString SandboxScenario::placeNextCall(std::optional<Outcome> outcome)
{
    if (!m_server)
        return {};
    if (m_callOrder.isEmpty()) {
        for (qsizetype i = 0; i < m_personas.size(); ++i) {
            if (m_personas.at(i).role != Persona::Role::Spam)
                m_callOrder.append(int(i));
        }
        std::shuffle(m_callOrder.begin(), m_callOrder.end(), *QRandomGenerator::global());
    }
    if (m_callOrder.isEmpty())
        return {};
    // A new user's first sight of the demo is the whole story: a customer's missed call.
    const bool firstDemoCall = m_kind == Kind::Demo && m_callsPlaced == 0;
    if (firstDemoCall) {
        const auto customer = std::find_if(m_callOrder.begin(), m_callOrder.end(), [this](int index) {
            return m_personas.at(index).role == Persona::Role::Customer;
        });
        if (customer != m_callOrder.end())
            std::iter_swap(m_callOrder.begin(), customer);
        if (!outcome)
            outcome = Outcome::Missed;
    }
    const Persona &persona = m_personas.at(m_callOrder.takeFirst());

    if (!outcome) {
        const double roll = QRandomGenerator::global()->generateDouble();
        if (roll < m_options.answeredShare) {
            outcome = Outcome::Answered;
        } else if (m_options.wiring == Wiring::Dial) {
            const int pick = QRandomGenerator::global()->bounded(100);
            outcome = pick < 70 ? Outcome::Missed
                : pick < 85     ? Outcome::Voicemail
                : pick < 95     ? Outcome::Busy
                                : Outcome::Canceled;
        } else {
            // Hang-ups while the forwarded call still rings show up as canceled.
            outcome = QRandomGenerator::global()->bounded(100) < 90 ? Outcome::Missed : Outcome::Canceled;
        }
    }
    // With conditional forwarding only unanswered calls reach the provider.
    if (*outcome == Outcome::Answered && m_options.wiring == Wiring::Forwarded)
        return {};

    SandboxServer::PlacedCall call;
    call.from = persona.number;
    call.outcome = *outcome;
    call.wiring = m_options.wiring;
    call.ringMs = randomBetween(m_options.ringMs * 3 / 4, m_options.ringMs * 5 / 4);
    call.talkSeconds = randomBetween(40, 240);
    const QString sid = m_server->placeCall(call, m_options.accountSid);
    if (sid.isEmpty())
        return {};
    // A new call is a new conversation: the caller has the same story to tell again.
    m_conversations.remove(persona.number);
    ++m_callsPlaced;
    Q_EMIT callPlaced(sid, persona.number);

    if (m_kind == Kind::Demo && m_callsPlaced % 12 == 3) {
        for (const Persona &p : std::as_const(m_personas)) {
            if (p.role != Persona::Role::Spam || p.unsolicited.isEmpty())
                continue;
            const quint64 generation = m_generation;
            const QString number = p.number;
            const QString text = p.unsolicited;
            QTimer::singleShot(randomBetween(5000, 15000), this, [this, generation, number, text] {
                if (generation != m_generation || !m_server)
                    return;
                m_conversations.remove(number);
                m_server->receiveText(number, {}, text, m_options.accountSid);
            });
        }
    }
    return sid;
}

QString SandboxScenario::composeReply(const Persona &persona, const QString &question)
{
    Conversation &conversation = m_conversations[persona.number];
    if (conversation.closed)
        return {};

    const QString folded = fold(question);
    QList<Fact> asked;
    for (const Topic &t : topics()) {
        if (t.words.match(folded).hasMatch())
            asked.append(t.fact);
    }
    // "What's your name?" asks for the name: the problem words are the most
    // generic, so they only count when nothing else matched.
    if (asked.size() > 1)
        asked.removeAll(Fact::Problem);

    QList<int> answer;
    for (qsizetype i = 0; i < persona.facts.size(); ++i) {
        if (asked.contains(persona.facts.at(i).first) && !conversation.given.contains(int(i)))
            answer.append(int(i));
    }
    if (answer.isEmpty()) {
        for (qsizetype i = 0; i < persona.facts.size(); ++i) {
            if (!conversation.given.contains(int(i))) {
                answer.append(int(i));
                break;
            }
        }
    }
    if (answer.isEmpty()) {
        // Everything has been said: one closing line at most, then silence.
        conversation.closed = true;
        return persona.closing;
    }
    QStringList parts;
    for (const int i : std::as_const(answer)) {
        conversation.given.insert(i);
        parts.append(persona.facts.at(i).second);
    }
    return parts.join(QLatin1Char('\n'));
}

void SandboxScenario::onMessageCreated(const Message &message)
{
    if (!m_replying || !m_server || message.accountSid != m_options.accountSid || message.isInbound())
        return;
    const std::optional<Persona> persona = personaFor(message.to);
    if (!persona)
        return;
    const QString reply = composeReply(*persona, message.body);
    if (reply.isEmpty())
        return;

    // Replies keep their order even when the business sends texts in a burst.
    Conversation &conversation = m_conversations[persona->number];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 at = std::max(now + randomBetween(m_options.replyDelayMinMs, m_options.replyDelayMaxMs),
                               conversation.lastReplyAtMs + 50);
    conversation.lastReplyAtMs = at;

    const quint64 generation = m_generation;
    const QString number = persona->number;
    const QString business = message.from;
    QTimer::singleShot(int(at - now), this, [this, generation, number, business, reply] {
        if (generation != m_generation || !m_server)
            return;
        m_server->receiveText(number, business, reply, m_options.accountSid);
        Q_EMIT personaReplied(number, reply);
    });
}

} // namespace Rebound::Core
