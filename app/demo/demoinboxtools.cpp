#include "demo/demoinboxtools.h"

#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/savedreplyrepository.h"
#include "storage/sqlquery.h"

namespace vigie {
namespace demo {

namespace {

struct SavedReplySpec
{
    const char *language;
    const char *title;
    const char *body;
};

// The team's answers to what comes up every day; {name}, {brand} and {agent} are filled in the inbox.
const SavedReplySpec kSavedReplies[] = {
    {"fr", "Effet indésirable : recueil",
     "Bonjour {name}, merci de nous avoir signalé ce que vous avez ressenti. Pour que notre service de "
     "pharmacovigilance puisse l'étudier, pourriez-vous nous écrire en message privé (âge, dose, dates) ? "
     "Parlez-en aussi à votre médecin ou à votre pharmacien. {agent}, pour {brand}"},
    {"fr", "Rupture de stock",
     "Bonjour {name}, nous sommes désolés : {brand} est en cours de réapprovisionnement dans les pharmacies. "
     "Votre pharmacien peut le commander dès aujourd'hui. Belle journée, {agent}"},
    {"fr", "Posologie : voir la notice",
     "Bonjour {name}, nous ne pouvons pas donner de conseil médical ici. La posologie figure dans la notice "
     "; "
     "votre pharmacien ou votre médecin pourra vous conseiller. {agent}"},
    {"fr", "Merci",
     "Merci beaucoup {name} pour votre message, toute l'équipe {brand} est ravie de vous lire !"},
    {"fr", "Rumeur de rappel",
     "Bonjour {name}, aucun lot de {brand} ne fait l'objet d'un rappel. Les informations officielles sont "
     "publiées par l'ANSM. {agent}"},
    {"en", "Adverse event: follow-up",
     "Hello {name}, thank you for telling us about this. So that our drug safety team can look into it, "
     "could you send us a private message (age, dose, dates)? Please also talk to your doctor or "
     "pharmacist. {agent}, for {brand}"},
    {"en", "Out of stock",
     "Hello {name}, we are sorry: {brand} is being restocked. Your pharmacist can order it today. {agent}"},
    {"en", "Dosage: see the leaflet",
     "Hello {name}, we cannot give medical advice here. The dose is in the leaflet; your pharmacist or "
     "doctor "
     "can advise you. {agent}"},
    {"en", "Thank you", "Thank you so much {name}, the whole {brand} team is glad to hear it!"},
};

const char *const kAssignees[] = {"Camille Durand", "Sophie Bernard", "Dr Hélène Martin"};

// A tag from what the conversation is about, read from its first message.
QString tagFor(const QString &body, bool adverse)
{
    if (adverse)
        return QStringLiteral("pharmacovigilance");
    const QString text = body.toLower();
    const auto has = [&](std::initializer_list<const char *> words) {
        for (const char *word : words)
            if (text.contains(QString::fromUtf8(word)))
                return true;
        return false;
    };
    if (has({"rappel", "recall", "lot "}))
        return QStringLiteral("rumeur de rappel");
    if (has({"rupture", "stock", "introuvable", "pharmacie"}))
        return QStringLiteral("disponibilité");
    if (has({"prix", "cher", "rembours", "price"}))
        return QStringLiteral("prix");
    if (has({"dose", "posologie", "combien", "how many", "enceinte", "pregnan"}))
        return QStringLiteral("posologie");
    if (has({"merci", "bravo", "thank", "super", "great"}))
        return QStringLiteral("remerciements");
    return {};
}

struct StoredThread
{
    Id id = 0;
    bool adverse = false;
    ThreadStatus status = ThreadStatus::Open;
    QDateTime lastAt;
    QString firstBody;
};

} // namespace

Status createInboxTools(Database &db, FixedClock &clock, const DemoWorld &world, DemoRandom &rng,
                        const QString &actor)
{
    SavedReplyRepository replies(db);
    for (const SavedReplySpec &spec : kSavedReplies) {
        SavedReply reply{0, world.workspace.id, QString::fromLatin1(spec.language),
                         QString::fromUtf8(spec.title), QString::fromUtf8(spec.body)};
        if (auto st = replies.save(reply); !st)
            return st;
    }

    QList<StoredThread> threads;
    SqlQuery q(db,
               QStringLiteral("SELECT t.id, t.has_adverse_event, t.status, t.last_message_at, "
                              "(SELECT body FROM messages m WHERE m.thread_id = t.id ORDER BY created_at, id "
                              "LIMIT 1) FROM threads t JOIN accounts a ON a.id = t.account_id "
                              "WHERE a.workspace_id = ? ORDER BY t.id"));
    if (auto st = q.exec(world.workspace.id); !st)
        return st;
    while (q.next())
        threads << StoredThread{q.value(0).toLongLong(), q.value(1).toBool(),
                                threadStatusFromKey(q.value(2).toString()), fromDbTime(q.value(3)),
                                q.value(4).toString()};

    InboxRepository inbox(db, clock);
    for (const StoredThread &thread : std::as_const(threads)) {
        clock.set(std::min(thread.lastAt.addSecs(60 * rng.between(5, 240)), world.now.addSecs(-60)));
        const QString tag = tagFor(thread.firstBody, thread.adverse);
        if (!tag.isEmpty() && rng.chance(thread.adverse ? 0.9 : 0.5)) {
            if (auto st = inbox.setTags(thread.id, {tag}, actor); !st)
                return st;
        }
        // Flagged conversations go to a reviewer; some open ones are shared out.
        const bool assign =
            thread.adverse ? rng.chance(0.8) : thread.status != ThreadStatus::Done && rng.chance(0.3);
        if (assign) {
            const QString who = thread.adverse ? QString::fromUtf8(kAssignees[2])
                                               : QString::fromUtf8(kAssignees[rng.below(2)]);
            if (auto st = inbox.setAssignee(thread.id, who, actor); !st)
                return st;
        }
        if (thread.adverse && rng.chance(0.4)) {
            const QString note =
                rng.chance(0.5)
                    ? QStringLiteral("Réponse type envoyée, en attente du message privé.")
                    : QStringLiteral("Transmis à la pharmacovigilance le %1.")
                          .arg(clock.now().toTimeZone(world.zone).toString(QStringLiteral("dd/MM")));
            if (auto st = inbox.addNote(thread.id, note, QString::fromUtf8(kDemoAuthor)); !st)
                return st;
        }
    }
    return Status::success();
}

} // namespace demo
} // namespace vigie
